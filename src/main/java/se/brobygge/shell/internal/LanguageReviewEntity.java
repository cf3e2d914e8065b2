package se.brobygge.shell.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A municipal translator has checked a language: by whom, when, and who recorded it here. */
@Entity
@Table(name = "shell_language_review")
public class LanguageReviewEntity {

    @Id
    private String language = "";

    @Column(name = "checked_by", nullable = false)
    private String checkedBy = "";

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn = LocalDate.EPOCH;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected LanguageReviewEntity() {}

    public LanguageReviewEntity(
            String language, String checkedBy, LocalDate checkedOn, long recordedBy, Instant recordedAt) {
        this.language = language;
        this.checkedBy = checkedBy;
        this.checkedOn = checkedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String language() {
        return language;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public LocalDate checkedOn() {
        return checkedOn;
    }
}
