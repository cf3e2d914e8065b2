package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A check-in at 1, 3 or 6 months: each of the two answers once; a low score raises an alert. */
@Entity
@Table(name = "mentoring_checkin")
public class CheckInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "mentorship_id", nullable = false)
    private long mentorshipId;

    @Column(nullable = false)
    private int month;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "mentee_score")
    private @Nullable Integer menteeScore;

    @Column(name = "mentee_comment")
    private @Nullable String menteeComment;

    @Column(name = "mentee_at")
    private @Nullable Instant menteeAt;

    @Column(name = "mentor_score")
    private @Nullable Integer mentorScore;

    @Column(name = "mentor_comment")
    private @Nullable String mentorComment;

    @Column(name = "mentor_at")
    private @Nullable Instant mentorAt;

    @Column(nullable = false)
    private boolean alert;

    protected CheckInEntity() {}

    public CheckInEntity(long mentorshipId, int month, Instant createdAt) {
        this.mentorshipId = mentorshipId;
        this.month = month;
        this.createdAt = createdAt;
    }

    public boolean answeredBy(boolean mentee) {
        return (mentee ? menteeAt : mentorAt) != null;
    }

    /**
     * Records one side's answer (a blank comment is none).
     *
     * @return whether this answer raised the alert (it was not raised before and the score is at or
     *     below {@code alertAtOrBelow})
     */
    public boolean answer(boolean mentee, int score, @Nullable String comment, Instant at, int alertAtOrBelow) {
        if (answeredBy(mentee)) {
            throw new IllegalStateException("Check-in " + id + " already answered");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (mentee) {
            menteeScore = score;
            menteeComment = text;
            menteeAt = at;
        } else {
            mentorScore = score;
            mentorComment = text;
            mentorAt = at;
        }
        if (score <= alertAtOrBelow && !alert) {
            alert = true;
            return true;
        }
        return false;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long mentorshipId() {
        return mentorshipId;
    }

    public int month() {
        return month;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Integer menteeScore() {
        return menteeScore;
    }

    public @Nullable String menteeComment() {
        return menteeComment;
    }

    public @Nullable Integer mentorScore() {
        return mentorScore;
    }

    public @Nullable String mentorComment() {
        return mentorComment;
    }
}
