package se.brobygge.mentoring;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * A round as staff see it: its proposals with explanations and the people left unmatched with the
 * reason. {@code version} is handed back to {@link RoundService#confirm}.
 */
public record RoundDetails(
        RoundId id,
        String name,
        RoundStatus status,
        long version,
        long totalScore,
        @Nullable Instant computedAt,
        @Nullable String failure,
        int mentees,
        int mentors,
        List<Proposal> proposals,
        List<Unmatched> unmatched) {

    public record Proposal(
            long id,
            AccountId menteeId,
            String menteeName,
            AccountId mentorId,
            String mentorName,
            int score,
            List<Criterion> explanation,
            ProposalStatus status) {}

    public record Unmatched(AccountId accountId, String name, boolean mentee, UnmatchedReason reason) {}

    public RoundDetails {
        proposals = List.copyOf(proposals);
        unmatched = List.copyOf(unmatched);
    }
}
