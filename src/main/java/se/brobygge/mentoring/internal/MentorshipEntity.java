package se.brobygge.mentoring.internal;

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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.MentorshipStatus;
import se.brobygge.mentoring.RoundId;
import se.brobygge.shared.InvalidInputException;

/**
 * A mentee and a mentor from invitation to closing. The state changes are its own: both accept
 * (then it starts), one declines, the invitation expires, either pauses, resumes or ends it early,
 * and it closes when both have given their feedback.
 */
@Entity
@Table(name = "mentoring_mentorship")
public class MentorshipEntity {

    /** The municipality's zone, in which months and days of a mentorship are counted. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id")
    private @Nullable Long roundId;

    @Column(name = "mentee_id", nullable = false)
    private long menteeId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "coordinator_id", nullable = false)
    private long coordinatorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentorshipStatus status = MentorshipStatus.INVITED;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentee_answer")
    private @Nullable Answer menteeAnswer;

    @Enumerated(EnumType.STRING)
    @Column(name = "mentor_answer")
    private @Nullable Answer mentorAnswer;

    @Column(name = "decline_reason")
    private @Nullable String declineReason;

    @Column(name = "shared_languages", nullable = false)
    private String sharedLanguages = "";

    @Column(name = "shared_interests", nullable = false)
    private String sharedInterests = "";

    @Column(nullable = false)
    private String explanation = "";

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "planned_months", nullable = false)
    private int plannedMonths = 6;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "ends_at")
    private @Nullable Instant endsAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "end_reason")
    private @Nullable String endReason;

    @Column(name = "mentee_feedback")
    private @Nullable String menteeFeedback;

    @Column(name = "mentor_feedback")
    private @Nullable String mentorFeedback;

    @Version
    private long version;

    enum Answer {
        ACCEPTED,
        DECLINED
    }

    protected MentorshipEntity() {}

    /** An invitation to both, with the explanation of the pair and what it rests on. */
    public MentorshipEntity(
            RoundId round,
            long menteeId,
            long mentorId,
            long coordinatorId,
            Instant invitedAt,
            Instant expiresAt,
            String explanation,
            List<String> sharedLanguages,
            List<String> sharedInterests) {
        this.roundId = round.value();
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.coordinatorId = coordinatorId;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
        this.explanation = explanation;
        this.sharedLanguages = String.join("|", sharedLanguages);
        this.sharedInterests = String.join("|", sharedInterests);
    }

    /**
     * The invitation can still be answered.
     *
     * @throws InvalidInputException "invitation" with "mentoring.invitation.closed" or ".expired"
     */
    public void requireOpenInvitation(Instant now) {
        if (status != MentorshipStatus.INVITED) {
            throw new InvalidInputException("invitation", "mentoring.invitation.closed");
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvalidInputException("invitation", "mentoring.invitation.expired");
        }
    }

    /** @return whether this acceptance, the second, started the mentorship */
    public boolean accept(long by, Instant now) {
        requireOpenInvitation(now);
        if (menteeId == by) {
            menteeAnswer = Answer.ACCEPTED;
        } else {
            mentorAnswer = Answer.ACCEPTED;
        }
        if (menteeAnswer != Answer.ACCEPTED || mentorAnswer != Answer.ACCEPTED) {
            return false;
        }
        status = MentorshipStatus.ACTIVE;
        startedAt = now;
        endsAt = now.atZone(ZONE).plusMonths(plannedMonths).toInstant();
        return true;
    }

    /** Declines the invitation; a blank reason is none. */
    public void decline(long by, @Nullable String reason, Instant now) {
        requireOpenInvitation(now);
        String text = reason == null ? "" : reason.strip();
        if (text.length() > 500) {
            throw new InvalidInputException("reason", "mentoring.error.tooLong");
        }
        if (menteeId == by) {
            menteeAnswer = Answer.DECLINED;
        } else {
            mentorAnswer = Answer.DECLINED;
        }
        status = MentorshipStatus.DECLINED;
        declineReason = text.isEmpty() ? null : text;
        endedAt = now;
    }

    /** @return whether the invitation was due and has expired now */
    public boolean expireIfDue(Instant now) {
        if (status != MentorshipStatus.INVITED || now.isBefore(expiresAt)) {
            return false;
        }
        status = MentorshipStatus.EXPIRED;
        endedAt = now;
        return true;
    }

    /** @throws InvalidInputException "mentorship" with "mentoring.mentorship.notActive" unless active or paused */
    public void requireRunning() {
        if (status != MentorshipStatus.ACTIVE && status != MentorshipStatus.PAUSED) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
    }

    public void pause(@Nullable String reason) {
        if (status != MentorshipStatus.ACTIVE) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
        endReason = requireReason(reason);
        status = MentorshipStatus.PAUSED;
    }

    public void resume() {
        if (status != MentorshipStatus.PAUSED) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notPaused");
        }
        status = MentorshipStatus.ACTIVE;
        endReason = null;
    }

    public void endEarly(@Nullable String reason, Instant now) {
        requireRunning();
        endReason = requireReason(reason);
        status = MentorshipStatus.ENDED_EARLY;
        endedAt = now;
    }

    /** One side's closing feedback; with both given, a running mentorship closes. */
    public void giveFeedback(long by, @Nullable String feedback, Instant now) {
        if (status != MentorshipStatus.ACTIVE
                && status != MentorshipStatus.PAUSED
                && status != MentorshipStatus.ENDED_EARLY) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.notActive");
        }
        String text = feedback == null ? "" : feedback.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("feedback", "mentoring.feedback.required");
        }
        if (text.length() > 2000) {
            throw new InvalidInputException("feedback", "mentoring.error.tooLong");
        }
        if (menteeId == by) {
            menteeFeedback = text;
        } else {
            mentorFeedback = text;
        }
        if (menteeFeedback != null && mentorFeedback != null) {
            if (status != MentorshipStatus.ENDED_EARLY) {
                status = MentorshipStatus.CLOSED;
            }
            if (endedAt == null) {
                endedAt = now;
            }
        }
    }

    private static String requireReason(@Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "mentoring.mentorship.reasonRequired");
        }
        if (text.length() > 500) {
            throw new InvalidInputException("reason", "mentoring.error.tooLong");
        }
        return text;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public boolean involves(long accountId) {
        return menteeId == accountId || mentorId == accountId;
    }

    public long partnerOf(long accountId) {
        return menteeId == accountId ? mentorId : menteeId;
    }

    public boolean acceptedBy(long accountId) {
        return (menteeId == accountId ? menteeAnswer : mentorAnswer) == Answer.ACCEPTED;
    }

    public boolean feedbackGivenBy(long accountId) {
        return (menteeId == accountId ? menteeFeedback : mentorFeedback) != null;
    }

    public long menteeId() {
        return menteeId;
    }

    public long mentorId() {
        return mentorId;
    }

    public long coordinatorId() {
        return coordinatorId;
    }

    public MentorshipStatus status() {
        return status;
    }

    public List<String> sharedLanguages() {
        return split(sharedLanguages);
    }

    public List<String> sharedInterests() {
        return split(sharedInterests);
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int plannedMonths() {
        return plannedMonths;
    }

    public @Nullable Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant endsAt() {
        return endsAt;
    }

    public @Nullable String declineReason() {
        return declineReason;
    }

    public @Nullable String endReason() {
        return endReason;
    }

    public long version() {
        return version;
    }

    private static List<String> split(String csv) {
        return csv.isBlank() ? List.of() : Arrays.asList(csv.split("\\|"));
    }
}
