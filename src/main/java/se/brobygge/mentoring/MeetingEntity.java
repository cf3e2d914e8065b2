package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_meeting")
class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "mentorship_id", nullable = false)
    long mentorshipId;

    @Column(name = "author_id", nullable = false)
    long authorId;

    @Column(name = "met_on", nullable = false)
    LocalDate metOn = LocalDate.EPOCH;

    @Column(nullable = false)
    int minutes;

    @Column(nullable = false)
    String what = "";

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    boolean hidden;

    protected MeetingEntity() {}

    MeetingEntity(long mentorshipId, long authorId, LocalDate metOn, int minutes, String what, Instant createdAt) {
        this.mentorshipId = mentorshipId;
        this.authorId = authorId;
        this.metOn = metOn;
        this.minutes = minutes;
        this.what = what;
        this.createdAt = createdAt;
    }
}
