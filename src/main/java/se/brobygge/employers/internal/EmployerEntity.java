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
import se.brobygge.employers.Employer;
import se.brobygge.employers.EmployerDraft;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerKind;
import se.brobygge.employers.EmployerSize;
import se.brobygge.employers.EmployerStatus;

@Entity
@Table(name = "employers_employer")
public class EmployerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name = "";

    @Column(name = "org_number")
    private String orgNumber = "";

    @Enumerated(EnumType.STRING)
    private EmployerKind kind = EmployerKind.COMPANY;

    private String industry = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    private EmployerSize size = EmployerSize.SMALL;

    private String address = "";

    @Column(name = "contact_email")
    private String contactEmail = "";

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    private String description = "";

    @Enumerated(EnumType.STRING)
    private EmployerStatus status = EmployerStatus.PENDING;

    private boolean suspended;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "registered_by")
    private long registeredBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Version
    private long version;

    protected EmployerEntity() {}

    public EmployerEntity(long registeredBy, Instant createdAt) {
        this.registeredBy = registeredBy;
        this.createdAt = createdAt;
    }

    public void describe(EmployerDraft d, String normalisedNumber) {
        name = d.name().strip();
        orgNumber = normalisedNumber;
        kind = d.kind() == null ? EmployerKind.COMPANY : d.kind();
        industry = d.industry().strip();
        size = d.size() == null ? EmployerSize.SMALL : d.size();
        address = d.address().strip();
        contactEmail = d.contactEmail().strip();
        contactPhone = d.contactPhone().isBlank() ? null : d.contactPhone().strip();
        description = d.description().strip();
    }

    public EmployerId id() {
        return new EmployerId(id == null ? 0 : id);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public EmployerStatus status() {
        return status;
    }

    public long registeredBy() {
        return registeredBy;
    }

    public boolean suspended() {
        return suspended;
    }

    public boolean trusted() {
        return status == EmployerStatus.VERIFIED && !suspended;
    }

    public void verify(Instant at) {
        status = EmployerStatus.VERIFIED;
        verifiedAt = at;
    }

    public void reject() {
        status = EmployerStatus.REJECTED;
    }

    public void hide(String reason) {
        hiddenReason = reason;
    }

    public void restore() {
        hiddenReason = null;
    }

    public Employer toRecord() {
        return new Employer(
                id(),
                name,
                orgNumber,
                kind,
                industry,
                size,
                address,
                contactEmail,
                contactPhone,
                hiddenReason == null ? description : "",
                status,
                hiddenReason != null,
                createdAt);
    }
}
