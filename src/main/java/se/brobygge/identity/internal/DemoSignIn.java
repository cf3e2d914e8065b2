package se.brobygge.identity.internal;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import se.brobygge.shared.LocalRunOnly;

/**
 * One-click sign-in as a demo person. Exists only in the local run ({@link LocalRunOnly}); the
 * login view shows the demo panel only when this bean exists and Vaadin runs in development mode,
 * and signing in is refused in production mode even if the bean were somehow created.
 */
@Component
@LocalRunOnly
public class DemoSignIn {

    private final AccountUserDetailsService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    private final SessionEpochs sessionEpochs;

    DemoSignIn(AccountRepository accounts, AccountAuthorities authorities, SessionEpochs sessionEpochs) {
        this.users = new AccountUserDetailsService(accounts, authorities);
        this.sessionEpochs = sessionEpochs;
    }

    /** Whether one-click sign-in may be offered: never while Vaadin serves its production bundle. */
    public boolean available() {
        VaadinService service = VaadinService.getCurrent();
        return service != null && !service.getDeploymentConfiguration().isProductionMode();
    }

    public void signInAs(String email) {
        if (!available()) {
            throw new IllegalStateException("Demo sign-in exists only in the local run");
        }
        if (DemoData.PEOPLE.stream().noneMatch(p -> p.email().equals(email))) {
            throw new IllegalArgumentException("Not a demo account");
        }
        UserDetails user = users.loadUserByUsername(email);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        // a new session id at login, as for every other login
        request.getHttpServletRequest().changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        context.setAuthentication(authentication);
        sessionEpochs.onAuthentication(
                authentication, request.getHttpServletRequest(), response.getHttpServletResponse());
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
    }
}
