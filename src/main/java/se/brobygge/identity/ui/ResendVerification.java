package se.brobygge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import java.util.Map;
import java.util.Optional;
import se.brobygge.identity.RegistrationService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * "Send the link again" for a person whose verification mail was lost. The answer is the same
 * whether or not the address has an account, or is already confirmed.
 */
class ResendVerification extends Div {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    ResendVerification(RegistrationService registrations, String initialEmail, Optional<String> next) {
        addClassName("resend-verification");
        add(new H2(getTranslation("resend.title")), new Paragraph(getTranslation("resend.intro")));
        email.setLabel(getTranslation("register.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("validation.email.invalid"));
        email.setValue(initialEmail);
        send.setText(getTranslation("resend.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        answer.getElement().setAttribute("role", "status");
        answer.setVisible(false);
        send.addClickListener(e -> {
            answer.setVisible(false);
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                email.focus();
                return;
            }
            try {
                registrations.resendVerification(email.getValue(), next.orElse(null));
                FieldErrors.clear(Map.of("email", email));
                answer.setText(getTranslation("resend.sent", email.getValue().strip()));
                answer.setVisible(true);
            } catch (InvalidInputException tooMany) {
                FieldErrors.show(tooMany, Map.of("email", email), this);
                email.focus();
            }
        });
        add(email, send, answer);
    }
}
