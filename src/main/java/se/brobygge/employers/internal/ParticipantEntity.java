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
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;

@Entity
@Table(name = "employers_participant")
public class ParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "session_id")
    private long sessionId;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role = ParticipantRole.NEWCOMER;

    @Column(name = "employer_id")
    private @Nullable Long employerId;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status = RegistrationStatus.CONFIRMED;

    @Column(name = "table_no")
    private @Nullable Integer tableNo;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    protected ParticipantEntity() {}

    public ParticipantEntity(
            long sessionId,
            long accountId,
            ParticipantRole role,
            @Nullable Long employerId,
            RegistrationStatus status,
            Instant createdAt) {
        this.sessionId = sessionId;
        this.accountId = accountId;
        this.role = role;
        this.employerId = employerId;
        this.status = status;
        this.createdAt = createdAt;
    }

    public long sessionId() {
        return sessionId;
    }

    public long accountId() {
        return accountId;
    }

    public ParticipantRole role() {
        return role;
    }

    public @Nullable Long employerId() {
        return employerId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public @Nullable Integer tableNo() {
        return tableNo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void seat(@Nullable Integer table) {
        this.tableNo = table;
    }

    public void change(RegistrationStatus status) {
        this.status = status;
        if (status != RegistrationStatus.CONFIRMED) {
            tableNo = null;
        }
    }

    public void rejoin(ParticipantRole role, @Nullable Long employerId, RegistrationStatus status, Instant at) {
        this.role = role;
        this.employerId = employerId;
        this.status = status;
        this.createdAt = at;
        this.tableNo = null;
    }
}
