package se.brobygge.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/** One of my conversations in the list. */
public record ConversationSummary(
        long id,
        AccountId otherAccountId,
        String otherName,
        @Nullable Instant lastMessageAt,
        long unread,
        boolean closed) {}
