package se.brobygge.identity.ui;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.SignInDetailsService;
import se.brobygge.identity.SignInDetailsService.EmailChangeResult;

/** The page the link to a new e-mail address opens: only now does the address change. */
@Route("confirm-email")
@AnonymousAllowed
class ConfirmEmailView extends TokenLinkPage {

    private final SignInDetailsService signInDetails;
    private final CurrentUser currentUser;

    ConfirmEmailView(SignInDetailsService signInDetails, CurrentUser currentUser) {
        this.signInDetails = signInDetails;
        this.currentUser = currentUser;
    }

    @Override
    void use(String token, Location location) {
        if (signInDetails.confirmEmailChange(token) == EmailChangeResult.CHANGED) {
            outcome(
                    "emailChange.ok.title",
                    "emailChange.ok.text",
                    currentUser.isSignedIn()
                            ? new RouterLink(getTranslation("profile.title"), ProfileView.class)
                            : new RouterLink(getTranslation("register.login"), LoginView.class));
        } else {
            outcome("verify.failed.title", "emailChange.failed.text", null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("emailChange.title") + " – Brobygge";
    }
}
