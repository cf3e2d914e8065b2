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
@Table(name = "moderation_block")
class BlockEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "until_at")
    @Nullable
    private Instant until;

    @Column(nullable = false)
    private String justification = "";

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "lifted_by")
    @Nullable
    private Long liftedBy;

    @Column(name = "lifted_at")
    @Nullable
    private Instant liftedAt;

    protected BlockEntity() {}

    BlockEntity(long accountId, @Nullable Instant until, String justification, long createdBy, Instant now) {
        this.accountId = accountId;
        this.until = until;
        this.justification = justification;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean activeAt(Instant now) {
        return liftedAt == null && (until == null || until.isAfter(now));
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    long accountId() {
        return accountId;
    }

    @Nullable
    Instant until() {
        return until;
    }

    String justification() {
        return justification;
    }

    long createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant liftedAt() {
        return liftedAt;
    }

    boolean lifted() {
        return liftedAt != null;
    }

    void lift(long moderatorId, Instant now) {
        liftedAt = now;
        liftedBy = moderatorId;
    }
}
