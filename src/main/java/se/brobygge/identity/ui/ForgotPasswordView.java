package se.brobygge.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import se.brobygge.identity.RegistrationService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button submit = new Button();

    ForgotPasswordView(RegistrationService registrations) {
        addClassName("narrow-view");
        add(new H1(getTranslation("forgot.title")));
        add(new Paragraph(getTranslation("forgot.intro")));
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        email.setErrorMessage(getTranslation("validation.email.invalid"));
        email.setAutocomplete(Autocomplete.EMAIL);
        submit.setText(getTranslation("forgot.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                email.focus();
                return;
            }
            try {
                registrations.requestPasswordReset(email.getValue());
            } catch (InvalidInputException tooMany) {
                FieldErrors.show(tooMany, Map.of("email", email), this);
                email.focus();
                return;
            }
            removeAll();
            add(new H1(getTranslation("forgot.title")));
            Paragraph sent = new Paragraph(getTranslation("forgot.sent"));
            sent.getElement().setAttribute("role", "status");
            add(sent, new RouterLink(getTranslation("register.login"), LoginView.class));
        });
        add(email, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " – Brobygge";
    }
}
