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
 * A party (a person and their companions) of a group takes kept seats of that group first, then
 * general seats; it is seated only when the whole party fits (decision 0044). A party that used a
 * kept seat counts whole against its group's quota: the quota then shows as used up sooner, but
 * the free seats in total ({@code capacity - confirmed}) stay exact, so nobody is overbooked.
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

    /** The seats a party of this size would get now, if the whole party fits. */
    public Optional<Seat> seatFor(@Nullable String group, int seats) {
        return seatFor(group, seats, true);
    }

    /**
     * The seats a party would get now; without {@code general}, only kept seats of its group
     * (general seats are held for a party earlier in line).
     */
    public Optional<Seat> seatFor(@Nullable String group, int seats, boolean general) {
        int kept = keptFree(group);
        if (kept >= seats) {
            return Optional.of(new Seat(group));
        }
        if (general && (long) kept + generalFree() >= seats) {
            return Optional.of(new Seat(kept > 0 ? group : null));
        }
        return Optional.empty();
    }

    /** Whether nobody at all could be seated. */
    public boolean full() {
        return generalFree() == 0 && keptFree() == 0;
    }

    void take(Seat seat, int seats) {
        confirmed += seats;
        if (seat.group() != null) {
            used.merge(seat.group(), seats, Integer::sum);
        }
    }
}
