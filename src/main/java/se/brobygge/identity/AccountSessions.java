package se.brobygge.identity;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The live HTTP sessions of this node, so that the sessions of an account can be ended at once. A
 * session belongs to the account whose sign-in it holds; ending it invalidates it, which also
 * closes the Vaadin UIs in it.
 *
 * <p>Every account has a session epoch (raised by a new password, a new e-mail address and by
 * deletion). A session remembers the epoch it signed in with; every node compares its sessions
 * with the stored epochs every few seconds and ends the older ones (identity.internal.SessionEpochs),
 * so a change on one node signs the account out on all of them.
 */
@Component
public class AccountSessions implements HttpSessionListener {

    /** Session attribute: the account's session epoch when this session signed in. */
    static final String EPOCH = AccountSessions.class.getName() + ".EPOCH";

    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession());
    }

    /** Remembers the account's session epoch in a session that has just signed in. */
    public void markSignedIn(HttpSession session, long epoch) {
        session.setAttribute(EPOCH, epoch);
    }

    /**
     * Keeps the session of the current request signed in when the account's epoch rises to {@code
     * epoch} by the person's own doing (a new password, a new address), while its other sessions end.
     * Call it in the transaction that raises the epoch, before the sessions are ended at commit.
     */
    public void keepCurrent(long epoch) {
        HttpSession session = currentSession();
        if (session != null) {
            markSignedIn(session, epoch);
        }
    }

    private static @Nullable HttpSession currentSession() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest().getSession(false);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getSession(false);
        }
        return null;
    }

    /** Ends every session signed in as this account; returns how many there were. */
    public int endAll(AccountId account) {
        return endSignedInBefore(account, Long.MAX_VALUE);
    }

    /**
     * Ends the sessions of this account that signed in before its session epoch became
     * {@code epoch} (a session without a remembered epoch counts as older); returns how many.
     */
    public int endSignedInBefore(AccountId account, long epoch) {
        int ended = 0;
        for (HttpSession session : Set.copyOf(live)) {
            if (account.equals(accountOf(session)) && epochOf(session) < epoch) {
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

    /**
     * When the current transaction commits, ends this node's sessions of the account signed in
     * before {@code epoch} (the other nodes follow within seconds).
     */
    public void endSignedInBeforeOnCommit(AccountId account, long epoch) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                endSignedInBefore(account, epoch);
            }
        });
    }

    /** The accounts signed in on this node, each with the lowest session epoch among its sessions. */
    public Map<AccountId, Long> signedIn() {
        Map<AccountId, Long> accounts = new HashMap<>();
        for (HttpSession session : Set.copyOf(live)) {
            AccountId account = accountOf(session);
            if (account != null) {
                accounts.merge(account, epochOf(session), Math::min);
            }
        }
        return accounts;
    }

    private static @Nullable AccountId accountOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = context instanceof SecurityContext c ? c.getAuthentication() : null;
            return auth != null && auth.getPrincipal() instanceof CurrentUser.AccountPrincipal p ? p.accountId() : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static long epochOf(HttpSession session) {
        try {
            return session.getAttribute(EPOCH) instanceof Long epoch ? epoch : Long.MIN_VALUE;
        } catch (IllegalStateException invalidated) {
            return Long.MAX_VALUE;
        }
    }
}
