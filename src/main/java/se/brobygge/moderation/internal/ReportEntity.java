package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.moderation.ReportReason;

@Entity
@Table(name = "moderation_report")
class ReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "reporter_id", nullable = false)
    private long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportReason reason = ReportReason.OTHER;

    @Nullable
    private String comment;

    @Column(nullable = false)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected ReportEntity() {}

    ReportEntity(
            long itemId, long reporterId, ReportReason reason, @Nullable String comment, String text, Instant now) {
        this.itemId = itemId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.comment = comment;
        this.text = text;
        this.createdAt = now;
    }

    long reporterId() {
        return reporterId;
    }

    ReportReason reason() {
        return reason;
    }

    @Nullable
    String comment() {
        return comment;
    }

    String text() {
        return text;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The personal data leaves this copy too. */
    void redact(String redacted) {
        text = redacted;
    }
}
