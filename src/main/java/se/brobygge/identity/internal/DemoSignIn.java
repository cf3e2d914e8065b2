package se.brobygge.identity.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * One-click sign-in as a demo person. Exists only in the local run ({@code local} profile); the
 * login view shows the demo panel only when this bean exists.
 */
@Component
@Profile("local")
public class DemoSignIn {

    private final AccountUserDetailsService users;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    private final SessionEpochs sessionEpochs;

    DemoSignIn(AccountRepository accounts, AccountAuthorities authorities, SessionEpochs sessionEpochs) {
        this.users = new AccountUserDetailsService(accounts, authorities);
        this.sessionEpochs = sessionEpochs;
    }

    public void signInAs(String email) {
        if (DemoData.PEOPLE.stream().noneMatch(p -> p.email().equals(email))) {
            throw new IllegalArgumentException("Not a demo account");
        }
        UserDetails user = users.loadUserByUsername(email);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        // a new session id at login, as for every other login
        request.getHttpServletRequest().changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        sessionEpochs.onAuthentication(context.getAuthentication(), request.getHttpServletRequest(),
                response.getHttpServletResponse());
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
    }
}
