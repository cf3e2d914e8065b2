package se.brobygge.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Free seats of an event now.
 *
 * @param general free seats anyone may take; null when the event has no limit
 * @param kept    free seats still kept per group (only quotas not yet released)
 */
public record SeatsLeft(@Nullable Integer general, Map<String, Integer> kept) {

    public SeatsLeft {
        kept = Collections.unmodifiableMap(new LinkedHashMap<>(kept));
    }

    /** Whether this person (of {@code group}, or none) would get a seat now. */
    public boolean seatFor(@Nullable String group) {
        return seatsFor(group, 1);
    }

    /** Whether a whole party of {@code seats} (of {@code group}, or none) would get seats now. */
    public boolean seatsFor(@Nullable String group, int seats) {
        int keptFree = group == null ? 0 : kept.getOrDefault(group, 0);
        return general == null || (long) general + keptFree >= seats;
    }
}
