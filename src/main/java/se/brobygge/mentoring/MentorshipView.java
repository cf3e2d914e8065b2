package se.brobygge.mentoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * A mentorship as one of its two people sees it. {@code partnerFirstName} only: the partner's
 * full profile comes with {@link MentorshipService#partner} once both accepted.
 */
public record MentorshipView(
        long id,
        boolean iAmMentee,
        AccountId partnerId,
        String partnerFirstName,
        MentorshipStatus status,
        boolean iAccepted,
        boolean partnerAccepted,
        List<String> sharedLanguages,
        List<String> sharedInterests,
        Instant invitedAt,
        Instant expiresAt,
        @Nullable Instant startedAt,
        @Nullable Instant endsAt,
        int plannedMonths,
        @Nullable CheckIn openCheckIn,
        boolean myFeedbackGiven) {

    /** A check-in waiting for my answer. */
    public record CheckIn(long id, int month, Instant createdAt) {}
}
