package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Someone's consent to a version of the consent text; kept (as withdrawn) after withdrawal. */
@Entity
@Table(name = "mentoring_consent")
public class ConsentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private String subject = "";

    @Column(name = "text_version", nullable = false)
    private String textVersion = "";

    @Column(name = "given_at", nullable = false)
    private Instant givenAt = Instant.EPOCH;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected ConsentEntity() {}

    public ConsentEntity(long accountId, String subject, String textVersion, Instant givenAt) {
        this.accountId = accountId;
        this.subject = subject;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }

    public void withdraw(Instant at) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    public String textVersion() {
        return textVersion;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
