package se.brobygge.identity.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import se.brobygge.identity.SignInDetailsService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * Asks to change the e-mail address: a link goes to the new address, and the address changes
 * when it is opened. The answer is the same whether or not another account has that address.
 */
class ChangeEmailForm extends Div {

    final EmailField newEmail = new EmailField();
    final PasswordField current = new PasswordField();
    final Button request = new Button();
    final Paragraph sent = new Paragraph();

    ChangeEmailForm(SignInDetailsService signInDetails) {
        addClassName("change-email");
        newEmail.setLabel(getTranslation("emailChange.new"));
        newEmail.setAutocomplete(Autocomplete.EMAIL);
        newEmail.setMaxLength(254);
        newEmail.setRequiredIndicatorVisible(true);
        current.setLabel(getTranslation("password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setRequiredIndicatorVisible(true);
        request.setText(getTranslation("emailChange.submit"));
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);

        FormLayout form = new FormLayout(newEmail, current);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H2(getTranslation("emailChange.title")), new Paragraph(getTranslation("emailChange.intro")));
        add(form, request, sent);

        Map<String, HasValidation> fields = Map.of("newEmail", newEmail, "currentPassword", current);
        request.addClickListener(e -> {
            sent.setVisible(false);
            try {
                signInDetails.requestEmailChange(newEmail.getValue(), current.getValue());
                FieldErrors.clear(fields);
                sent.setText(
                        getTranslation("emailChange.sent", newEmail.getValue().strip()));
                sent.setVisible(true);
                current.clear();
            } catch (InvalidInputException ex) {
                if (FieldErrors.show(ex, fields, this) instanceof Focusable<?> first) {
                    first.focus();
                }
            }
        });
    }
}
