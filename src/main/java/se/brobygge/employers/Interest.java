package se.brobygge.employers;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * An expression of interest. For the employer, {@code card} is the sender's card with only the
 * parts the sender lets employers see; for the sender it is null.
 */
public record Interest(
        InterestId id,
        PostingId postingId,
        String postingTitle,
        String employerName,
        AccountId accountId,
        String displayName,
        String message,
        InterestStatus status,
        @Nullable String answer,
        @Nullable Card card,
        Instant sentAt,
        Instant updatedAt) {}
