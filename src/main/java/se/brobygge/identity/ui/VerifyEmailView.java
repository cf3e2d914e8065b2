package se.brobygge.identity.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.RegistrationService.VerificationResult;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.ui.SignInLink;

/** The page the verification link opens. */
@Route("verify-email")
@AnonymousAllowed
class VerifyEmailView extends TokenLinkPage {

    private final RegistrationService registrations;

    VerifyEmailView(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    void use(String token, Location location) {
        if (registrations.verifyEmail(token) == VerificationResult.VERIFIED) {
            // back to the page where the person decided to register
            outcome(
                    "verify.ok.title",
                    "verify.ok.text",
                    new Anchor(
                            ReturnPath.link("login", SignInLink.returnPathOf(location)),
                            getTranslation("register.login")));
        } else {
            outcome(
                    "verify.failed.title",
                    "verify.failed.text",
                    new RouterLink(getTranslation("register.title"), RegisterView.class));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.ok.title") + " – Brobygge";
    }
}
