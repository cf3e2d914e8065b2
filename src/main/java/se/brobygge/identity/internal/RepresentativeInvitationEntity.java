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
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeRole;

@Entity
@Table(name = "identity_representative_invitation")
public class RepresentativeInvitationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", nullable = false)
    private OrganisationKind kind = OrganisationKind.ASSOCIATION;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private String email = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "representative_role", nullable = false)
    private RepresentativeRole role = RepresentativeRole.EDITOR;

    @Column(name = "token_digest", nullable = false)
    private String tokenDigest = "";

    @Column(name = "invited_by", nullable = false)
    private long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt = Instant.EPOCH;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt = Instant.EPOCH;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    @Column(name = "accepted_by")
    private @Nullable Long acceptedBy;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    protected RepresentativeInvitationEntity() {}

    public RepresentativeInvitationEntity(
            OrganisationKind kind,
            long organisationId,
            String email,
            RepresentativeRole role,
            String tokenDigest,
            long invitedBy,
            Instant invitedAt,
            Instant expiresAt) {
        this.kind = kind;
        this.organisationId = organisationId;
        this.email = email;
        this.role = role;
        this.tokenDigest = tokenDigest;
        this.invitedBy = invitedBy;
        this.invitedAt = invitedAt;
        this.expiresAt = expiresAt;
    }

    public RepresentativeInvitation toRecord() {
        return new RepresentativeInvitation(
                id == null ? 0 : id, kind, organisationId, email, role, invitedAt, expiresAt);
    }

    public boolean open() {
        return acceptedAt == null && cancelledAt == null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void accept(long accountId, Instant at) {
        this.acceptedBy = accountId;
        this.acceptedAt = at;
    }

    public void cancel(Instant at) {
        this.cancelledAt = at;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public long organisationId() {
        return organisationId;
    }

    public RepresentativeRole role() {
        return role;
    }

    public String email() {
        return email;
    }
}
