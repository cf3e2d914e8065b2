package se.brobygge.associations.internal;

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
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.ContactBy;
import se.brobygge.associations.JoinRequest;
import se.brobygge.associations.RequestKind;
import se.brobygge.associations.RequestStatus;

@Entity
@Table(name = "associations_request")
public class RequestEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "association_id", nullable = false)
    private long associationId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestKind kind = RequestKind.JOIN;

    @Column(nullable = false)
    private String message = "";

    @Column(name = "language_code", nullable = false)
    private String language = "sv";

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_by", nullable = false)
    private ContactBy contactBy = ContactBy.PLATFORM;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status = RequestStatus.NEW;

    private @Nullable String answer;

    @Column(name = "answered_by")
    private @Nullable Long answeredBy;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    protected RequestEntity() {}

    public RequestEntity(
            long associationId,
            long accountId,
            RequestKind kind,
            String message,
            String language,
            ContactBy contactBy,
            @Nullable String contactPhone,
            Instant createdAt) {
        this.associationId = associationId;
        this.accountId = accountId;
        this.kind = kind;
        this.message = message;
        this.language = language;
        this.contactBy = contactBy;
        this.contactPhone = contactPhone;
        this.createdAt = createdAt;
    }

    public JoinRequest toRecord(String associationName, String residentName, @Nullable String email) {
        return new JoinRequest(
                id(),
                new AssociationId(associationId),
                associationName,
                accountId,
                residentName,
                kind,
                message,
                language,
                contactBy,
                contactBy == ContactBy.PHONE ? contactPhone : null,
                contactBy == ContactBy.EMAIL ? email : null,
                status,
                answer,
                answeredAt,
                createdAt,
                version);
    }

    public void answer(String text, long by, Instant at) {
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        if (status == RequestStatus.NEW) {
            this.status = RequestStatus.ANSWERED;
        }
    }

    public void mark(RequestStatus status) {
        this.status = status;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long associationId() {
        return associationId;
    }

    public long accountId() {
        return accountId;
    }

    public ContactBy contactBy() {
        return contactBy;
    }

    public RequestStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
