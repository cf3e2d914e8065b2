package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_mentorship")
class MentorshipEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "round_id")
    @Nullable
    Long roundId;

    @Column(name = "mentee_id", nullable = false)
    long menteeId;

    @Column(name = "mentor_id", nullable = false)
    long mentorId;

    @Column(name = "coordinator_id", nullable = false)
    long coordinatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MentorshipStatus status = MentorshipStatus.INVITED;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentee_answer")
    @Nullable
    Answer menteeAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_answer")
    @Nullable
    Answer mentorAnswer;

    @Column(name = "decline_reason")
    @Nullable
    String declineReason;

    @Column(name = "shared_languages", nullable = false)
    String sharedLanguages = "";

    @Column(name = "shared_interests", nullable = false)
    String sharedInterests = "";

    @Column(nullable = false)
    String explanation = "";

    @Column(name = "invited_at", nullable = false)
    Instant invitedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt = Instant.EPOCH;

    @Column(name = "planned_months", nullable = false)
    int plannedMonths = 6;

    @Column(name = "started_at")
    @Nullable
    Instant startedAt;

    @Column(name = "ends_at")
    @Nullable
    Instant endsAt;

    @Column(name = "ended_at")
    @Nullable
    Instant endedAt;

    @Column(name = "end_reason")
    @Nullable
    String endReason;

    @Column(name = "mentee_feedback")
    @Nullable
    String menteeFeedback;

    @Column(name = "mentor_feedback")
    @Nullable
    String mentorFeedback;

    @Version
    long version;

    enum Answer {
        ACCEPTED,
        DECLINED
    }

    protected MentorshipEntity() {}

    MentorshipEntity(
            @Nullable Long roundId,
            long menteeId,
            long mentorId,
            long coordinatorId,
            Instant invitedAt,
            Instant expiresAt) {
        this.roundId = roundId;
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.coordinatorId = coordinatorId;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }

    boolean involves(long accountId) {
        return menteeId == accountId || mentorId == accountId;
    }

    long partnerOf(long accountId) {
        return menteeId == accountId ? mentorId : menteeId;
    }
}
