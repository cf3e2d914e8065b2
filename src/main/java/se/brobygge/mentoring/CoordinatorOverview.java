package se.brobygge.mentoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a staff coordinator follows up: active pairs, overdue check-ins, alerts, pairs ending soon. */
public record CoordinatorOverview(
        List<Pair> active,
        List<CheckInRow> overdue,
        List<CheckInRow> alerts,
        List<Pair> endingSoon,
        List<Pair> invited) {

    public record Pair(
            long mentorshipId,
            String menteeName,
            String mentorName,
            MentorshipStatus status,
            @Nullable Instant startedAt,
            @Nullable Instant endsAt,
            int meetings) {}

    public record CheckInRow(
            long mentorshipId,
            String menteeName,
            String mentorName,
            int month,
            Instant createdAt,
            @Nullable Integer menteeScore,
            @Nullable String menteeComment,
            @Nullable Integer mentorScore,
            @Nullable String mentorComment) {}
}
