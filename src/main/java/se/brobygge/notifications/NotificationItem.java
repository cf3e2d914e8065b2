package se.brobygge.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.notify.NotificationKind;

/** One notification as its recipient sees it, already translated into the reader's language. */
public record NotificationItem(
        long id,
        NotificationKind kind,
        String subject,
        String body,
        @Nullable String link,
        Instant createdAt,
        boolean read) {}
