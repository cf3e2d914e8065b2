package se.brobygge.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountSessions;
import se.brobygge.identity.CurrentUser;

/**
 * Ends the sessions of accounts whose session epoch rose (new password, new e-mail address,
 * deletion) on every node. A sign-in remembers the account's epoch in its session; every node
 * (no lock: each holds its own sessions) reads the stored epochs of the accounts signed in on it
 * every few seconds ({@code brobygge.identity.session-sweep}) and ends the sessions signed in
 * before the current epoch. The node where the change happens ends its own at once after commit.
 */
@Component
class SessionEpochs implements SessionAuthenticationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SessionEpochs.class);
    /** Accounts per query, well under any limit on the length of an IN list. */
    private static final int CHUNK = 500;

    private final AccountRepository accounts;
    private final AccountSessions sessions;

    SessionEpochs(AccountRepository accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    /** At every sign-in (form, OIDC): the session remembers the account's current epoch. */
    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (authentication.getPrincipal() instanceof CurrentUser.AccountPrincipal principal) {
            accounts.findById(principal.accountId().value())
                    .ifPresent(account -> sessions.markSignedIn(request.getSession(), account.sessionEpoch()));
        }
    }

    @Scheduled(fixedDelayString = "${brobygge.identity.session-sweep:PT5S}")
    void sweep() {
        try {
            int ended = endOutdated();
            if (ended > 0) {
                log.info("Ended {} session(s) on this node after a new password, e-mail address or deletion", ended);
            }
        } catch (RuntimeException e) {
            log.warn("Could not read the session epochs to end sessions on this node: {}", e.toString());
        }
    }

    /** Ends this node's sessions signed in before their account's current epoch; returns how many. */
    int endOutdated() {
        Map<AccountId, Long> signedIn = sessions.signedIn();
        List<Long> ids = signedIn.keySet().stream().map(AccountId::value).toList();
        Map<Long, Long> current = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row :
                    accounts.sessionEpochs(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK))))) {
                current.put((Long) row[0], (Long) row[1]);
            }
        }
        int ended = 0;
        for (Map.Entry<AccountId, Long> entry : signedIn.entrySet()) {
            Long epoch = current.get(entry.getKey().value());
            if (epoch == null) {
                ended += sessions.endAll(entry.getKey()); // the account row is gone
            } else if (entry.getValue() < epoch) {
                ended += sessions.endSignedInBefore(entry.getKey(), epoch);
            }
        }
        return ended;
    }
}
