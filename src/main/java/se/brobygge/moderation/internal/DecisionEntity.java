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
    Long id;

    @Column(name = "item_id", nullable = false)
    long itemId;

    @Column(name = "moderator_id")
    @Nullable
    Long moderatorId;

    @Column(nullable = false)
    String action = "";

    @Nullable
    String reason;

    @Column(nullable = false)
    String text = "";

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

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
}
