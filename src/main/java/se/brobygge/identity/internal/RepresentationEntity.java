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
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeRole;

@Entity
@Table(name = "identity_representation")
public class RepresentationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", nullable = false)
    private OrganisationKind kind;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by")
    private @Nullable Long grantedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role", nullable = false)
    private RepresentativeRole role = RepresentativeRole.EDITOR;

    protected RepresentationEntity() {
        this.kind = OrganisationKind.ASSOCIATION;
        this.grantedAt = Instant.EPOCH;
    }

    public RepresentationEntity(
            long accountId, OrganisationKind kind, long organisationId, Instant grantedAt, @Nullable Long grantedBy) {
        this.accountId = accountId;
        this.kind = kind;
        this.organisationId = organisationId;
        this.grantedAt = grantedAt;
        this.grantedBy = grantedBy;
    }

    public Representation toRecord() {
        return new Representation(new AccountId(accountId), kind, organisationId, grantedAt);
    }

    public OrganisationKind kind() {
        return kind;
    }

    public long accountId() {
        return accountId;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public RepresentativeRole role() {
        return role;
    }

    public void changeRole(RepresentativeRole role) {
        this.role = role;
    }
}
