package se.brobygge.dialogue;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Staff's closing summary: what was heard, what the municipality will do, when it reports back. */
public record Summary(
        String heard, String actions, @Nullable LocalDate reportBack) {}
