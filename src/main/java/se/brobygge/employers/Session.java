package se.brobygge.employers;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A näringslivsupprop. {@code taken} counts confirmed seats per role; {@code eventId} is the
 * events-module event that holds the seats and waitlists. A cancelled session keeps showing, with
 * {@code cancelReason}.
 */
public record Session(
        SessionId id,
        String theme,
        String description,
        @Nullable Long placeId,
        @Nullable String area,
        Instant startsAt,
        Instant endsAt,
        @Nullable Instant signupDeadline,
        @Nullable String seriesKey,
        @Nullable Long eventId,
        int seats,
        Map<ParticipantRole, Integer> quotas,
        Map<ParticipantRole, Integer> taken,
        int tableSize,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        long version) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public int seatsLeft(ParticipantRole role) {
        return Math.max(0, quotas.getOrDefault(role, 0) - taken.getOrDefault(role, 0));
    }

    public boolean past(Instant now) {
        return !now.isBefore(startsAt);
    }
}
