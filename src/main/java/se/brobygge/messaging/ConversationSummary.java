package se.brobygge.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of my conversations in the list. */
public record ConversationSummary(
        long id,
        long otherAccountId,
        String otherName,
        @Nullable Instant lastMessageAt,
        long unread,
        boolean closed) {}
