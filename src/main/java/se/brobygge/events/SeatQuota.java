package se.brobygge.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Seats kept for one group of people: reserved seats for an audience (e.g. 10 of 30 for newcomers,
 * released to everyone two days before), or a hard quota per participant role (employer sessions:
 * quotas that add up to the capacity and are never released).
 *
 * @param group      a code chosen by the organiser's module, e.g. an {@link Audience} name or a role
 * @param releasedAt when unused seats of the quota become open to everyone; null: never
 */
public record SeatQuota(String group, int seats, @Nullable Instant releasedAt) {

    public boolean releasedBy(Instant now) {
        return releasedAt != null && !now.isBefore(releasedAt);
    }
}
