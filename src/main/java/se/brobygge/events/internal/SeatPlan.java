package se.brobygge.events.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.SeatQuota;

/**
 * Which seat a person may take, given the event's capacity, its kept seats (quotas) and who sits
 * where. Built under the event's row lock and updated as seats are handed out in that
 * transaction, so it never disagrees with the sign-ups.
 * <p>
 * Seats of a quota that is not yet released are kept for its group; everything else is general.
 * A person of a group takes a kept seat of that group first, then a general seat.
 */
public final class SeatPlan {

    /** A seat that is not kept for any group. */
    public record Seat(@Nullable String group) {}

    private final @Nullable Integer capacity;
    private int confirmed;
    private final Map<String, SeatQuota> keeping = new HashMap<>();
    private final Map<String, Integer> used = new HashMap<>();

    SeatPlan(
            @Nullable Integer capacity,
            int confirmed,
            List<SeatQuota> quotas,
            Map<String, Integer> usedPerGroup,
            Instant now) {
        this.capacity = capacity;
        this.confirmed = confirmed;
        for (SeatQuota q : quotas) {
            if (!q.releasedBy(now)) {
                keeping.put(q.group(), q);
            }
        }
        used.putAll(usedPerGroup);
    }

    static SeatPlan of(EventEntity event, SignUpRepository signUps, Instant now) {
        List<SeatQuota> quotas = event.quotas();
        Map<String, Integer> used = new HashMap<>();
        if (!quotas.isEmpty()) {
            for (Object[] row : signUps.seatsPerGroup(event.id().value())) {
                used.put((String) row[0], ((Number) row[1]).intValue());
            }
        }
        return new SeatPlan(event.capacity(), event.confirmedCount(), quotas, used, now);
    }

    /** Kept seats not taken yet, of quotas still kept. */
    int keptFree() {
        return keeping.values().stream()
                .mapToInt(q -> Math.max(0, q.seats() - used.getOrDefault(q.group(), 0)))
                .sum();
    }

    /** General seats free now; {@link Integer#MAX_VALUE} without a limit. */
    public int generalFree() {
        if (capacity == null) {
            return Integer.MAX_VALUE;
        }
        return Math.max(0, capacity - confirmed - keptFree());
    }

    /** Kept seats of this group still free (0 when the group has no quota or it is released). */
    public int keptFree(@Nullable String group) {
        SeatQuota quota = group == null ? null : keeping.get(group);
        return quota == null ? 0 : Math.max(0, quota.seats() - used.getOrDefault(group, 0));
    }

    /** The seat this person would get now, if any. */
    public Optional<Seat> seatFor(@Nullable String group) {
        if (keptFree(group) > 0) {
            return Optional.of(new Seat(group));
        }
        return generalFree() > 0 ? Optional.of(new Seat(null)) : Optional.empty();
    }

    /** Whether nobody at all could be seated. */
    public boolean full() {
        return generalFree() == 0 && keptFree() == 0;
    }

    void take(Seat seat) {
        confirmed++;
        if (seat.group() != null) {
            used.merge(seat.group(), 1, Integer::sum);
        }
    }
}
