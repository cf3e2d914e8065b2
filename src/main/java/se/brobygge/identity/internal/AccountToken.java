package se.brobygge.identity.internal;

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

/** A single-use secret sent by mail (e-mail verification, password reset). Only its hash is kept. */
@Entity
@Table(name = "identity_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    /** The address a CHANGE_EMAIL token confirms; null for other purposes. */
    @Column(name = "new_email")
    private @Nullable String newEmail;

    protected AccountToken() {
        this.purpose = TokenPurpose.VERIFY_EMAIL;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    AccountToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    AccountToken(long accountId, String newEmail, String tokenHash, Instant now) {
        this(accountId, TokenPurpose.CHANGE_EMAIL, tokenHash, now);
        this.newEmail = newEmail;
    }

    @Nullable
    String newEmail() {
        return newEmail;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Token not saved yet");
        }
        return id;
    }

    long accountId() {
        return accountId;
    }

    TokenPurpose purpose() {
        return purpose;
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void markUsed(Instant now) {
        this.usedAt = now;
    }
}
