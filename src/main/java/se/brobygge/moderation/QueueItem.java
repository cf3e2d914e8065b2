package se.brobygge.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.content.ContentRef;

/** One row of the review queue. */
public record QueueItem(
        ItemId id,
        ContentRef ref,
        AccountId authorId,
        String text,
        @Nullable String language,
        ReviewReason reason,
        Instant waitingSince,
        int reportCount,
        boolean hidden,
        @Nullable AccountId claimedBy,
        @Nullable String claimedByName) {}
