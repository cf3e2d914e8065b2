package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in an item's history; {@code text} is the text the step was taken on. */
@Entity
@Table(name = "moderation_decision")
class DecisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "moderator_id")
    @Nullable
    private Long moderatorId;

    @Column(nullable = false)
    private String action = "";

    @Nullable
    private String reason;

    @Column(nullable = false)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected DecisionEntity() {}

    DecisionEntity(
            long itemId, @Nullable Long moderatorId, String action, @Nullable String reason, String text, Instant now) {
        this.itemId = itemId;
        this.moderatorId = moderatorId;
        this.action = action;
        this.reason = reason;
        this.text = text;
        this.createdAt = now;
    }

    @Nullable
    Long moderatorId() {
        return moderatorId;
    }

    String action() {
        return action;
    }

    @Nullable
    String reason() {
        return reason;
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
