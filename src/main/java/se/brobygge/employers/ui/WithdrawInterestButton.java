package se.brobygge.employers.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import se.brobygge.employers.Interest;
import se.brobygge.employers.InterestService;
import se.brobygge.shared.InvalidInputException;

/**
 * Takes back interest I sent. Shown wherever I see my interest (the post's page, the jobs page)
 * while it may still be taken back; {@code status} says what happened.
 */
class WithdrawInterestButton extends Button {

    WithdrawInterestButton(InterestService interests, Interest interest, HasText status, Runnable withdrawn) {
        setText(getTranslation("employers.interest.withdraw"));
        getElement()
                .setAttribute("aria-label", getTranslation("employers.interest.withdrawFrom", interest.postingTitle()));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("withdraw-interest");
        addClickListener(click -> {
            try {
                interests.withdraw(interest.id());
                status.setText(getTranslation("employers.interest.withdrawnNow", interest.postingTitle()));
                withdrawn.run();
            } catch (InvalidInputException ex) {
                status.setText(getTranslation(ex.errors().getFirst().messageKey()));
            }
        });
    }
}
