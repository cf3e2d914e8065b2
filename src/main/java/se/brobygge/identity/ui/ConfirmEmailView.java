package se.brobygge.identity.ui;

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
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.SignInDetailsService;
import se.brobygge.identity.SignInDetailsService.EmailChangeResult;

/** The page the link to a new e-mail address opens: only now does the address change. */
@Route("confirm-email")
@AnonymousAllowed
class ConfirmEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInDetailsService signInDetails;
    private final CurrentUser currentUser;

    ConfirmEmailView(SignInDetailsService signInDetails, CurrentUser currentUser) {
        this.signInDetails = signInDetails;
        this.currentUser = currentUser;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        EmailChangeResult result = signInDetails.confirmEmailChange(token);
        removeAll();
        if (result == EmailChangeResult.CHANGED) {
            add(new H1(getTranslation("emailChange.ok.title")));
            add(new Paragraph(getTranslation("emailChange.ok.text")));
            add(
                    currentUser.isSignedIn()
                            ? new RouterLink(getTranslation("profile.title"), ProfileView.class)
                            : new RouterLink(getTranslation("register.login"), LoginView.class));
        } else {
            add(new H1(getTranslation("verify.failed.title")));
            add(new Paragraph(getTranslation("emailChange.failed.text")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("emailChange.title") + " – Brobygge";
    }
}
