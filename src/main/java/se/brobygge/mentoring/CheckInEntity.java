package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_checkin")
class CheckInEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "mentorship_id", nullable = false)
    long mentorshipId;

    @Column(nullable = false)
    int month;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "mentee_score")
    @Nullable
    Integer menteeScore;

    @Column(name = "mentee_comment")
    @Nullable
    String menteeComment;

    @Column(name = "mentee_at")
    @Nullable
    Instant menteeAt;

    @Column(name = "mentor_score")
    @Nullable
    Integer mentorScore;

    @Column(name = "mentor_comment")
    @Nullable
    String mentorComment;

    @Column(name = "mentor_at")
    @Nullable
    Instant mentorAt;

    @Column(nullable = false)
    boolean alert;

    protected CheckInEntity() {}

    CheckInEntity(long mentorshipId, int month, Instant createdAt) {
        this.mentorshipId = mentorshipId;
        this.month = month;
        this.createdAt = createdAt;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }
}
