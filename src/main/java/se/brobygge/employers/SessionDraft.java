package se.brobygge.employers;

import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A session, or a series of {@code repeat} sessions {@code intervalWeeks} apart, all with the
 * same quotas; the quotas may not hand out more than {@code seats}. Times are local times in the municipality.
 */
public record SessionDraft(
        String theme,
        String description,
        @Nullable Long placeId,
        @Nullable String area,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable LocalDateTime signupDeadline,
        @Nullable Integer seats,
        Map<ParticipantRole, Integer> quotas,
        int repeat,
        int intervalWeeks) {

    public SessionDraft {
        quotas = Map.copyOf(quotas);
    }

    /** The seats the quotas hand out. */
    public int quotaSum() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }
}
