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
    Long id;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Column(name = "until_at")
    @Nullable
    Instant until;

    @Column(nullable = false)
    String justification = "";

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "lifted_by")
    @Nullable
    Long liftedBy;

    @Column(name = "lifted_at")
    @Nullable
    Instant liftedAt;

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
}
