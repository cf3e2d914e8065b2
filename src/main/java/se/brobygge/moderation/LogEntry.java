package se.brobygge.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the action log: who (null: the system), what, on what, why, when. */
public record LogEntry(
        long id,
        Instant at,
        @Nullable String actorName,
        String action,
        String target,
        @Nullable String reason) {}
