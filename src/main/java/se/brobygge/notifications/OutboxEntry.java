package se.brobygge.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mail in the outbox, as staff see it. */
public record OutboxEntry(
        long id,
        String recipient,
        String subject,
        MailStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
