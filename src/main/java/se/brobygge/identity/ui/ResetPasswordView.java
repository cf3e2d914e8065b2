package se.brobygge.identity.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import se.brobygge.identity.RegistrationService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** The page the reset link opens: choose a new password. */
@Route("reset-password")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button submit = new Button();
    private final RegistrationService registrations;
    private String token = "";

    ResetPasswordView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        removeAll();
        add(new H1(getTranslation("reset.title")));
        if (!registrations.isResetLinkValid(token)) {
            showInvalid();
            return;
        }
        password.setLabel(getTranslation("reset.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setLabel(getTranslation("reset.repeat"));
        repeat.setRequiredIndicatorVisible(true);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        submit.setText(getTranslation("reset.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> save());
        add(password, repeat, submit);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("password", password, "repeat", repeat);
        FieldErrors.clear(fields);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("validation.password.mismatch"));
            repeat.setInvalid(true);
            repeat.focus();
            return;
        }
        try {
            registrations.resetPassword(token, password.getValue());
            removeAll();
            add(new H1(getTranslation("reset.title")));
            Paragraph done = new Paragraph(getTranslation("reset.done"));
            done.getElement().setAttribute("role", "status");
            add(done, new RouterLink(getTranslation("register.login"), LoginView.class));
        } catch (InvalidInputException ex) {
            if (ex.errors().stream().anyMatch(err -> err.field().equals("token"))) {
                removeAll();
                add(new H1(getTranslation("reset.title")));
                showInvalid();
            } else {
                FieldErrors.show(ex, fields, this);
                password.focus();
            }
        }
    }

    private void showInvalid() {
        add(new Paragraph(getTranslation("reset.invalid")));
        add(new RouterLink(getTranslation("forgot.title"), ForgotPasswordView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " – Brobygge";
    }
}
