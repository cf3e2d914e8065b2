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
    private long accountId;

    @Column(name = "first_seen_at", nullable = false)
    private Instant firstSeenAt = Instant.EPOCH;

    @Column(name = "submitted_count", nullable = false)
    private int submittedCount;

    @Column(nullable = false)
    private boolean trusted;

    protected AuthorEntity() {}

    AuthorEntity(long accountId, Instant now) {
        this.accountId = accountId;
        this.firstSeenAt = now;
    }

    long accountId() {
        return accountId;
    }

    Instant firstSeenAt() {
        return firstSeenAt;
    }

    int submittedCount() {
        return submittedCount;
    }

    boolean trusted() {
        return trusted;
    }

    /** Moderation saw one more piece of their content. */
    void submitted() {
        submittedCount++;
    }

    void trust(boolean trusted) {
        this.trusted = trusted;
    }
}
