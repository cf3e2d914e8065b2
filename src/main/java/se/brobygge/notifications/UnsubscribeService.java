package se.brobygge.notifications;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.notifications.internal.NotificationStore;
import se.brobygge.notifications.internal.UnsubscribeTokens;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;

/**
 * One-click unsubscribe from a mail, without signing in: the link carries a signed token naming
 * the account and the kind. A forged or altered token changes nothing.
 */
@Service
@PreAuthorize("permitAll()")
public class UnsubscribeService {

    private final UnsubscribeTokens tokens;
    private final NotificationStore store;

    UnsubscribeService(UnsubscribeTokens tokens, NotificationStore store) {
        this.tokens = tokens;
        this.store = store;
    }

    /**
     * The kinds this token would stop mails for (one kind, or every configurable kind for a digest).
     *
     * @throws InvalidInputException "token" when the token is not one we signed
     */
    public List<NotificationKind> kindsOf(String token) {
        return tokens.verify(token).orElseThrow(() -> invalid()).kinds();
    }

    /**
     * Stops mails of the token's kind(s) for its account: they show in the app only from now on.
     *
     * @throws InvalidInputException "token" when the token is not one we signed
     */
    @Transactional
    public List<NotificationKind> unsubscribe(String token) {
        UnsubscribeTokens.Scope scope = tokens.verify(token).orElseThrow(() -> invalid());
        scope.kinds().forEach(k -> store.setPreference(scope.account(), k, Delivery.IN_APP));
        return scope.kinds();
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("token", "notifications.unsubscribe.invalid");
    }
}
