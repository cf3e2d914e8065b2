package se.brobygge.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.RegistrationService.VerificationResult;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.ui.SignInLink;

/** The page the verification link opens. */
@Route("verify-email")
@AnonymousAllowed
class VerifyEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registrations;

    VerifyEmailView(RegistrationService registrations) {
        this.registrations = registrations;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        VerificationResult result = registrations.verifyEmail(token);
        removeAll();
        if (result == VerificationResult.VERIFIED) {
            add(new H1(getTranslation("verify.ok.title")));
            add(new Paragraph(getTranslation("verify.ok.text")));
            // back to the page where the person decided to register
            add(new Anchor(
                    ReturnPath.link("login", SignInLink.returnPathOf(event.getLocation())),
                    getTranslation("register.login")));
        } else {
            add(new H1(getTranslation("verify.failed.title")));
            add(new Paragraph(getTranslation("verify.failed.text")));
            add(new RouterLink(getTranslation("register.title"), RegisterView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.ok.title") + " – Brobygge";
    }
}
