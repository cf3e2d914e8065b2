package se.brobygge.moderation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "moderation_author")
class AuthorEntity {

    @Id
    @Column(name = "account_id")
    long accountId;

    @Column(name = "first_seen_at", nullable = false)
    Instant firstSeenAt = Instant.EPOCH;

    @Column(name = "submitted_count", nullable = false)
    int submittedCount;

    @Column(nullable = false)
    boolean trusted;

    protected AuthorEntity() {}

    AuthorEntity(long accountId, Instant now) {
        this.accountId = accountId;
        this.firstSeenAt = now;
    }
}
