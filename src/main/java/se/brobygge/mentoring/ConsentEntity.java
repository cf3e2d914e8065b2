package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_consent")
class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Column(nullable = false)
    String subject = "";

    @Column(name = "text_version", nullable = false)
    String textVersion = "";

    @Column(name = "given_at", nullable = false)
    Instant givenAt = Instant.EPOCH;

    @Column(name = "withdrawn_at")
    @Nullable
    Instant withdrawnAt;

    protected ConsentEntity() {}

    ConsentEntity(long accountId, String subject, String textVersion, Instant givenAt) {
        this.accountId = accountId;
        this.subject = subject;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }
}
