package se.brobygge.employers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.OutcomeKind;

@Entity
@Table(name = "employers_outcome")
public class OutcomeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private OutcomeKind kind = OutcomeKind.HIRED;

    @Column(name = "occurred_on")
    private LocalDate occurredOn = LocalDate.EPOCH;

    @Column(name = "recorded_by")
    private long recordedBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected OutcomeEntity() {}

    public OutcomeEntity(
            long sessionId,
            long accountId,
            OutcomeKind kind,
            LocalDate occurredOn,
            long recordedBy,
            Instant createdAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    public long sessionId() {
        return sessionId;
    }

    public long accountId() {
        return accountId;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }
}
