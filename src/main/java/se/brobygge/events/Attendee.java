package se.brobygge.events;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person signed up, for the organiser and staff only.
 *
 * @param adults   adults coming along with the person
 * @param children children coming along with the person
 */
public record Attendee(
        String displayName,
        SignUpStatus status,
        String code,
        Instant signedUpAt,
        @Nullable Instant checkedInAt,
        @Nullable String group,
        List<String> answers,
        int adults,
        int children) {

    /** Seats the party takes, and people checked in with one code: the person and companions. */
    public int partySize() {
        return 1 + adults + children;
    }
}
