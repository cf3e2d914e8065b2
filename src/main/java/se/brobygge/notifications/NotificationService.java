package se.brobygge.notifications;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.internal.NotificationStore;
import se.brobygge.notifications.internal.UnreadBroadcaster;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;

/**
 * The signed-in person's own notifications (the bell and the list) and their choices of how to
 * hear about each kind. Everything here concerns only the caller's own account.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    /** The kinds a person may choose for; the others are always mailed. */
    public static final List<NotificationKind> CONFIGURABLE = Arrays.stream(NotificationKind.values())
            .filter(k -> !k.alwaysMailed())
            .toList();

    private final NotificationStore store;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final UnreadBroadcaster broadcaster;

    NotificationService(NotificationStore store, CurrentUser currentUser, Clock clock, UnreadBroadcaster broadcaster) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
        this.broadcaster = broadcaster;
    }

    /**
     * Calls {@code listener} with my new unread count whenever it changes (a notification arrives,
     * or I mark some read on another page), from whichever thread made the change; a page must
     * hand the update to its UI itself. Cancel the subscription when the page goes away.
     */
    public UnreadSubscription onUnreadChange(LongConsumer listener) {
        return broadcaster.register(me(), listener);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unreadCount(me());
    }

    /** The newest notifications first, in the reader's language. */
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(Locale locale, int limit) {
        return store.recent(me(), locale, Math.clamp(limit, 1, 200));
    }

    /** Marks one of my notifications read; someone else's notification is refused. */
    @Transactional
    public void markRead(long notificationId) {
        if (!store.markRead(me(), notificationId, clock.instant())) {
            throw new AccessDeniedException("Not your notification");
        }
        broadcaster.changed(me().value());
    }

    @Transactional
    public void markAllRead() {
        store.markAllRead(me(), clock.instant());
        broadcaster.changed(me().value());
    }

    /** My choice per kind I may configure (mail at once when never chosen; staff-only kinds off). */
    @Transactional(readOnly = true)
    public Map<NotificationKind, Delivery> preferences() {
        Map<NotificationKind, Delivery> chosen = store.preferences(me());
        Map<NotificationKind, Delivery> all = new EnumMap<>(NotificationKind.class);
        CONFIGURABLE.stream()
                .filter(k -> !k.staffOnly() || staff())
                .forEach(k -> all.put(k, chosen.getOrDefault(k, NotificationStore.unchosen(k))));
        return all;
    }

    /**
     * @throws InvalidInputException "kind" for a kind that is always mailed (account security, sign-up codes)
     */
    @Transactional
    public void setPreference(NotificationKind kind, Delivery delivery) {
        if (kind.alwaysMailed()) {
            throw new InvalidInputException("kind", "notifications.preferences.alwaysMailed");
        }
        if (kind.staffOnly() && !staff()) {
            throw new AccessDeniedException("Only staff choose " + kind);
        }
        store.setPreference(me(), kind, delivery);
    }

    private boolean staff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }

    private AccountId me() {
        return currentUser.require();
    }
}
