package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "moderation_log")
class LogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(name = "actor_id")
    @Nullable
    private Long actorId;

    @Column(nullable = false)
    private String action = "";

    @Column(nullable = false)
    private String target = "";

    @Nullable
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected LogEntity() {}

    LogEntity(@Nullable Long actorId, String action, String target, @Nullable String reason, Instant now) {
        this.actorId = actorId;
        this.action = action;
        this.target = target;
        this.reason = reason;
        this.createdAt = now;
    }

    long id() {
        return id == null ? 0 : id;
    }

    @Nullable
    Long actorId() {
        return actorId;
    }

    String action() {
        return action;
    }

    String target() {
        return target;
    }

    @Nullable
    String reason() {
        return reason;
    }

    Instant createdAt() {
        return createdAt;
    }
}
