package se.brobygge.events;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person signed up, for the organiser and staff only. */
public record Attendee(
        String displayName,
        SignUpStatus status,
        String code,
        Instant signedUpAt,
        @Nullable Instant checkedInAt,
        @Nullable String group,
        List<String> answers) {}
