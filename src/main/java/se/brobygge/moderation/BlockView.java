package se.brobygge.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/** A block (until lifted, {@code until} null) or a suspension (until a time) of a writer. */
public record BlockView(
        long id,
        AccountId accountId,
        String accountName,
        @Nullable Instant until,
        String justification,
        String createdByName,
        Instant createdAt,
        @Nullable Instant liftedAt) {}
