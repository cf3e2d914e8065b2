package se.brobygge.employers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "employers_contact")
public class ContactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "from_account")
    private long fromAccount;

    @Column(name = "to_account")
    private long toAccount;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected ContactEntity() {}

    public ContactEntity(long sessionId, long fromAccount, long toAccount, long recordedBy, Instant createdAt) {
        this.sessionId = sessionId;
        this.fromAccount = fromAccount;
        this.toAccount = toAccount;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    public long sessionId() {
        return sessionId;
    }

    public long fromAccount() {
        return fromAccount;
    }

    public long toAccount() {
        return toAccount;
    }
}
