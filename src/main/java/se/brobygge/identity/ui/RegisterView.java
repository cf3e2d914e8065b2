package se.brobygge.identity.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.Optional;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.LanguageChoice;
import se.brobygge.shared.ui.SignInLink;

/** A resident creates a local account; a verification mail follows. */
@Route("register")
@AnonymousAllowed
class RegisterView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final TextField displayName = new TextField();
    final Select<Language> language = new Select<>();
    final Button submit = new Button();
    /** A field only robots fill in: hidden from sight, from screen readers and from the keyboard. */
    final Input honeypot = new Input();

    private final Div result = new Div();
    private final Anchor loginLink = new Anchor("login", "");
    /** The page to come back to after verifying and signing in. */
    private Optional<String> next = Optional.empty();

    private final RegistrationService registrations;

    RegisterView(RegistrationService registrations, TranslationProvider translations) {
        this.registrations = registrations;
        addClassName("narrow-view");
        add(new H1(getTranslation("register.title")));
        add(new Paragraph(getTranslation("register.intro")));

        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("register.email.help"));
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("validation.email.invalid"));

        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);

        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setHelperText(getTranslation("register.displayName.help"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(80);
        displayName.setAutocomplete(Autocomplete.NICKNAME);

        language.setLabel(getTranslation("register.language"));
        language.setItems(translations.completeLanguages());
        LanguageChoice.byOwnNames(language);
        language.setValue(Language.of(UI.getCurrent().getLocale()));

        submit.setText(getTranslation("register.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);

        FormLayout form = new FormLayout(email, password, displayName, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, honeypot(), submit, result);

        Paragraph login = new Paragraph(getTranslation("register.haveAccount") + " ");
        loginLink.setText(getTranslation("register.login"));
        login.add(loginLink);
        add(login);

        Map<String, HasValidation> fields = Map.of("email", email, "password", password, "displayName", displayName);
        submit.addClickListener(e -> {
            if (!honeypot.getValue().isBlank()) {
                showDone(); // a robot: refused without saying so
                return;
            }
            try {
                registrations.register(new Registration(
                        email.getValue(),
                        password.getValue(),
                        displayName.getValue(),
                        language.getValue() == null
                                ? Language.DEFAULT.code()
                                : language.getValue().code(),
                        next.orElse(null)));
                FieldErrors.clear(fields);
                showDone();
            } catch (InvalidInputException ex) {
                var first = FieldErrors.show(ex, fields, this);
                if (first instanceof Focusable<?> f) {
                    f.focus();
                }
            }
        });
    }

    private void showDone() {
        removeAll();
        add(new H1(getTranslation("register.done.title")));
        Paragraph done = new Paragraph(
                getTranslation("register.done.text", email.getValue().strip()));
        done.getElement().setAttribute("role", "status");
        add(done);
        add(new Anchor(ReturnPath.link("login", next), getTranslation("register.login")));
        add(new ResendVerification(registrations, email.getValue().strip(), next));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = SignInLink.returnPathOf(event.getLocation());
        loginLink.setHref(ReturnPath.link("login", next));
    }

    private Div honeypot() {
        honeypot.setId("register-website");
        honeypot.getElement().setAttribute("name", "website");
        honeypot.getElement().setAttribute("tabindex", "-1");
        honeypot.getElement().setAttribute("autocomplete", "off");
        NativeLabel label = new NativeLabel(getTranslation("register.honeypot"));
        label.setFor(honeypot);
        Div trap = new Div(label, honeypot);
        trap.addClassName("register-trap");
        trap.getElement().setAttribute("aria-hidden", "true");
        // visually hidden without display:none, which robots recognise
        trap.getStyle()
                .set("position", "absolute")
                .set("width", "1px")
                .set("height", "1px")
                .set("overflow", "hidden")
                .set("clip-path", "inset(50%)")
                .set("white-space", "nowrap");
        return trap;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " – Brobygge";
    }
}
