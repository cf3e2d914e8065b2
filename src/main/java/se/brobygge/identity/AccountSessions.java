package se.brobygge.identity;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * The live HTTP sessions of this node, so that every session of an account can be ended at once
 * (account deletion). A session belongs to the account whose sign-in it holds; ending it
 * invalidates it, which also closes the Vaadin UIs in it.
 */
@Component
public class AccountSessions implements HttpSessionListener {

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    /** Ends every session signed in as this account; returns how many there were. */
    public int endAll(AccountId account) {
        int ended = 0;
        for (HttpSession session : Set.copyOf(live)) {
            if (belongsTo(session, account)) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile
                }
                live.remove(session);
            }
        }
        return ended;
    }

    private static boolean belongsTo(HttpSession session, AccountId account) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = context instanceof SecurityContext c ? c.getAuthentication() : null;
            return auth != null && auth.getPrincipal() instanceof CurrentUser.AccountPrincipal p
                    && p.accountId().equals(account);
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
