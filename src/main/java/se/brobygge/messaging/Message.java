package se.brobygge.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as a participant sees it; {@code readAt} is the read receipt. */
public record Message(
        long id,
        boolean mine,
        String text,
        Instant sentAt,
        @Nullable Instant readAt,
        boolean reported) {}
