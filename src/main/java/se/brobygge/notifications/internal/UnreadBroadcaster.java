package se.brobygge.notifications.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.brobygge.identity.AccountId;
import se.brobygge.notifications.UnreadSubscription;

/**
 * Tells the open pages of one person that their unread count changed, so the bell in the header
 * follows without a reload. Listeners are kept in this JVM by account id; each page registers
 * when its bell is attached and removes itself when detached. With several application nodes a
 * page on another node sees the new count at its next navigation.
 */
@Component
public class UnreadBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadBroadcaster.class);

    private final ConcurrentMap<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final NotificationStore store;

    UnreadBroadcaster(NotificationStore store) {
        this.store = store;
    }

    /** Calls {@code listener} with the new unread count whenever it changes for this account. */
    public UnreadSubscription register(AccountId account, LongConsumer listener) {
        listeners
                .computeIfAbsent(account.value(), k -> new CopyOnWriteArraySet<>())
                .add(listener);
        return () -> listeners.computeIfPresent(account.value(), (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * The count changed for this account: the listeners hear of it once the current transaction
     * has committed (at once when there is none), so they never see a count that is rolled back.
     */
    public void changed(long accountId) {
        if (!listeners.containsKey(accountId)) {
            return; // nobody is looking
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(accountId);
                }
            });
        } else {
            tell(accountId);
        }
    }

    private void tell(long accountId) {
        Set<LongConsumer> set = listeners.get(accountId);
        if (set == null || set.isEmpty()) {
            return;
        }
        long count = store.unreadCount(new AccountId(accountId));
        for (LongConsumer listener : set) {
            try {
                listener.accept(count);
            } catch (RuntimeException e) {
                LOG.debug("An unread-count listener failed; the page will catch up at its next navigation", e);
            }
        }
    }
}
