package se.brobygge.employers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.InterestId;
import se.brobygge.employers.InterestStatus;

@Entity
@Table(name = "employers_interest")
public class InterestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "posting_id")
    private long postingId;

    @Column(name = "account_id")
    private long accountId;

    private String message = "";

    @Enumerated(EnumType.STRING)
    private InterestStatus status = InterestStatus.SENT;

    private @Nullable String answer;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at")
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

    protected InterestEntity() {}

    public InterestEntity(long postingId, long accountId, String message, Instant at) {
        this.postingId = postingId;
        this.accountId = accountId;
        this.message = message;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public InterestId id() {
        return new InterestId(id == null ? 0 : id);
    }

    public long postingId() {
        return postingId;
    }

    public long accountId() {
        return accountId;
    }

    public String message() {
        return message;
    }

    public InterestStatus status() {
        return status;
    }

    public @Nullable String answer() {
        return answer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** The sender takes the interest back; false when it is past taking back. */
    public boolean withdraw(Instant at) {
        if (!status.withdrawable()) {
            return false;
        }
        this.status = InterestStatus.WITHDRAWN;
        this.updatedAt = at;
        return true;
    }

    /** The sender shows interest again after withdrawing it: a fresh start with the new message. */
    public void resend(String message, Instant at) {
        if (status != InterestStatus.WITHDRAWN) {
            throw new IllegalStateException("Only a withdrawn interest is sent again");
        }
        this.status = InterestStatus.SENT;
        this.message = message;
        this.answer = null;
        this.updatedAt = at;
    }

    public void answer(InterestStatus status, @Nullable String answer, Instant at) {
        if (this.status == InterestStatus.WITHDRAWN || status == InterestStatus.WITHDRAWN) {
            throw new IllegalStateException("A withdrawn interest is not answered");
        }
        this.status = status;
        this.answer = answer;
        this.updatedAt = at;
    }
}
