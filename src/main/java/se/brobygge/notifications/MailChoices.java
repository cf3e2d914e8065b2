package se.brobygge.notifications;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.notifications.internal.NotificationStore;
import se.brobygge.shared.notify.NotificationKind;

/**
 * Who chose to get a kind of notification by mail. For scheduled jobs in other modules, which run
 * without a signed-in user and send a note only to those who asked for it.
 */
@Component
public class MailChoices {

    private final NotificationStore store;

    MailChoices(NotificationStore store) {
        this.store = store;
    }

    /** The accounts that chose mail (at once or in a digest) for {@code kind}. */
    @Transactional(readOnly = true)
    public List<AccountId> choosingMail(NotificationKind kind) {
        return store.choosingMail(kind);
    }
}
