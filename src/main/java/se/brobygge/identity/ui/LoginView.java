package se.brobygge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.internal.DemoData;
import se.brobygge.identity.internal.DemoSignIn;
import se.brobygge.identity.internal.LoginRateLimitedException;
import se.brobygge.identity.internal.ReturnAfterSignIn;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.ui.SignInLink;

/**
 * Sign in with the municipality's identity provider (when configured) or with e-mail and password.
 * In the local run a demo panel signs in as each demo person with one click.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Anchor registerLink = new Anchor("register", "");
    private Optional<String> next = Optional.empty();
    private final CurrentUser currentUser;
    private final RegistrationService registrations;
    private @Nullable ResendVerification resend;

    LoginView(
            CurrentUser currentUser,
            RegistrationService registrations,
            ObjectProvider<ClientRegistrationRepository> clients,
            ObjectProvider<DemoSignIn> demo) {
        this.currentUser = currentUser;
        this.registrations = registrations;
        addClassName("login-view");
        add(new H1(getTranslation("login.title")));

        List<ClientRegistration> providers = providers(clients.getIfAvailable());
        if (!providers.isEmpty()) {
            Div oidc = new Div();
            oidc.addClassName("oidc-providers");
            for (ClientRegistration provider : providers) {
                Anchor link = new Anchor(
                        "oauth2/authorization/" + provider.getRegistrationId(),
                        getTranslation("login.oidc", provider.getClientName()));
                link.setRouterIgnore(true);
                link.addClassName("oidc-link");
                oidc.add(link);
            }
            add(oidc, new Paragraph(getTranslation("login.or")));
        }

        registerLink.setText(getTranslation("login.register"));
        form.setAction("login");
        form.setI18n(i18n());
        form.addForgotPasswordListener(e -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        add(form);

        Paragraph register = new Paragraph(getTranslation("login.noAccount") + " ");
        register.add(registerLink);
        add(register);

        DemoSignIn demoSignIn = demo.getIfAvailable();
        if (demoSignIn != null && demoSignIn.available()) {
            add(demoPanel(demoSignIn));
        }
    }

    private static List<ClientRegistration> providers(@Nullable ClientRegistrationRepository repository) {
        if (repository instanceof InMemoryClientRegistrationRepository inMemory) {
            ArrayList<ClientRegistration> list = new ArrayList<>();
            inMemory.forEach(list::add);
            return list;
        }
        return List.of();
    }

    private Div demoPanel(DemoSignIn demoSignIn) {
        Div panel = new Div();
        panel.addClassName("demo-panel");
        panel.add(new H2(getTranslation("demo.title")));
        panel.add(new Paragraph(getTranslation("demo.text")));
        for (DemoData.DemoPerson person : DemoData.PEOPLE) {
            Button button = new Button(person.name() + " – " + getTranslation(person.description()), e -> {
                demoSignIn.signInAs(person.email());
                getUI().ifPresent(ui -> ui.getPage().setLocation(next.orElse("/")));
            });
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            button.addClassName("demo-login");
            panel.add(button);
        }
        return panel;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.form.title"));
        f.setUsername(getTranslation("login.form.email"));
        f.setPassword(getTranslation("login.form.password"));
        f.setSubmit(getTranslation("login.form.submit"));
        f.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.badCredentials"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.emailRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = SignInLink.returnPathOf(event.getLocation());
        if (currentUser.isSignedIn()) {
            event.forwardTo(next.map(path -> path.substring(1)).orElse(""));
            return;
        }
        // after a successful sign-in (form or identity provider) Spring Security's success handler
        // sends the person to the saved request: here, the page they came from
        next.ifPresent(path -> {
            WrappedSession session = VaadinSession.getCurrent() == null
                    ? null
                    : VaadinSession.getCurrent().getSession();
            if (session != null) {
                VaadinServletRequest request = VaadinServletRequest.getCurrent();
                ReturnAfterSignIn.remember(
                        session::setAttribute, request == null ? "" : request.getContextPath(), path);
            }
        });
        registerLink.setHref(ReturnPath.link("register", next));
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            Object exception = lastException();
            // DisabledException comes only after the right password (LocalLoginProvider)
            showError(
                    exception instanceof LoginRateLimitedException
                            ? "login.error.rateLimited"
                            : exception instanceof DisabledException
                                    ? "login.error.unverified"
                                    : "login.error.badCredentials");
            if (exception instanceof DisabledException) {
                offerNewVerificationLink();
            }
        } else if (parameters.containsKey("expired")) {
            // the form was sent from a page whose session had ended (no valid CSRF token)
            showError("login.error.expired");
        }
    }

    /** The mail with the link may have been lost: offer to send it again, right below the form. */
    private void offerNewVerificationLink() {
        if (resend != null) {
            remove(resend);
        }
        resend = new ResendVerification(registrations, "", next);
        addComponentAtIndex(indexOf(form) + 1, resend);
    }

    private void showError(String key) {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setMessage(getTranslation(key));
        form.setI18n(i18n);
        form.setError(true);
    }

    private static @Nullable Object lastException() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped == null) {
            return null;
        }
        Object exception = wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        wrapped.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return exception instanceof AuthenticationException ? exception : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – Brobygge";
    }
}
