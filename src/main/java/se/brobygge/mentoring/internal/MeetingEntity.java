package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A line of a mentorship's meeting log; moderation may hide its text. */
@Entity
@Table(name = "mentoring_meeting")
public class MeetingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "mentorship_id", nullable = false)
    private long mentorshipId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private String what = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(nullable = false)
    private boolean hidden;

    protected MeetingEntity() {}

    public MeetingEntity(
            long mentorshipId, long authorId, LocalDate metOn, int minutes, String what, Instant createdAt) {
        this.mentorshipId = mentorshipId;
        this.authorId = authorId;
        this.metOn = metOn;
        this.minutes = minutes;
        this.what = what;
        this.createdAt = createdAt;
    }

    void hide() {
        hidden = true;
    }

    void restore() {
        hidden = false;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public long authorId() {
        return authorId;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public int minutes() {
        return minutes;
    }

    public String what() {
        return what;
    }

    public boolean hidden() {
        return hidden;
    }
}
