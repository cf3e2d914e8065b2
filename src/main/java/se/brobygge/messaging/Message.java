package se.brobygge.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message as a participant sees it; {@code readAt} is the read receipt; {@code fromStaff} gives the staff badge. */
public record Message(
        long id,
        boolean mine,
        String text,
        Instant sentAt,
        @Nullable Instant readAt,
        boolean reported,
        boolean fromStaff) {}
