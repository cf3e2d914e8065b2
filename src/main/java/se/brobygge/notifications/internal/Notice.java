package se.brobygge.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * What to tell a person, inside this module: a {@link NotificationRequested} plus, for the mails
 * this module wrote before the contract existed, a closing paragraph. An argument equal to
 * {@link NotificationStore#WHEN} is replaced by {@code when} in the reader's language.
 */
record Notice(
        long accountId,
        NotificationKind kind,
        String dedupKey,
        String subjectKey,
        String bodyKey,
        List<String> args,
        @Nullable Instant when,
        @Nullable String link,
        @Nullable String outroKey) {

    Notice {
        args = List.copyOf(args);
        dedupKey = dedupKey.length() > 120 ? dedupKey.substring(0, 120) : dedupKey;
    }

    static Notice of(NotificationRequested r) {
        return new Notice(
                r.recipientAccountId(),
                r.kind(),
                r.dedupKey(),
                r.subjectKey(),
                r.bodyKey(),
                r.args(),
                r.when(),
                r.link(),
                null);
    }
}
