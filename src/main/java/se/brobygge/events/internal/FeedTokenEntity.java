package se.brobygge.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's personal calendar address, kept only as the SHA-256 hash of its secret part. */
@Entity
@Table(name = "events_feed_token")
public class FeedTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected FeedTokenEntity() {}

    public FeedTokenEntity(long accountId, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public long accountId() {
        return accountId;
    }

    public String tokenHash() {
        return tokenHash;
    }

    /** A new secret: the old address stops working at once. */
    public void replace(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }
}
