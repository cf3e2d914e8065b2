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
    Long id;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(name = "reporter_id", nullable = false)
    long reporterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReportReason reason = ReportReason.OTHER;

    @Nullable
    String comment;

    @Column(nullable = false)
    String text = "";

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

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
}
