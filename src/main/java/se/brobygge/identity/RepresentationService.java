package se.brobygge.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.RepresentationEntity;
import se.brobygge.identity.internal.RepresentationRepository;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;

/**
 * Who represents which organisation. The association and employer modules grant and revoke
 * representation through this service; it gives the ASSOCIATION_REP or EMPLOYER role from the
 * next login. Ownership ("a representative of A cannot edit B") is checked with
 * {@link #represents}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RepresentationService {

    private final RepresentationRepository representations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<OrganisationDirectory> directories;
    private final Recipients recipients;
    private final AccessAudit audit;

    RepresentationService(
            RepresentationRepository representations,
            CurrentUser currentUser,
            Clock clock,
            List<OrganisationDirectory> directories,
            Recipients recipients,
            AccessAudit audit) {
        this.audit = audit;
        this.representations = representations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.directories = directories;
        this.recipients = recipients;
    }

    @Transactional(readOnly = true)
    public List<Representation> mine() {
        return representations.findByAccount(currentUser.require().value()).stream()
                .map(RepresentationEntity::toRecord)
                .toList();
    }

    /** Whether the signed-in user represents this organisation. */
    @Transactional(readOnly = true)
    public boolean represents(OrganisationKind kind, long organisationId) {
        return currentUser
                .id()
                .map(id -> representations.exists(id.value(), kind, organisationId))
                .orElse(false);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public void grant(AccountId accountId, OrganisationKind kind, long organisationId) {
        if (!representations.exists(accountId.value(), kind, organisationId)) {
            auditRoleChange(accountId, "grant:" + kind.role(), kind, organisationId, "grant");
            representations.save(new RepresentationEntity(
                    accountId.value(),
                    kind,
                    organisationId,
                    clock.instant(),
                    currentUser.id().map(AccountId::value).orElse(null)));
        }
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public void revoke(AccountId accountId, OrganisationKind kind, long organisationId) {
        if (representations.exists(accountId.value(), kind, organisationId)) {
            auditRoleChange(accountId, "revoke:" + kind.role(), kind, organisationId, "revoke");
        }
        representations.delete(accountId.value(), kind, organisationId);
    }

    /**
     * Makes the signed-in user the first representative (chair) of an organisation they have just
     * registered: only when the owning module's directory says they registered it and nobody
     * represents it yet.
     */
    @Transactional
    public void becomeFirstRepresentative(OrganisationKind kind, long organisationId) {
        AccountId me = currentUser.require();
        boolean registrant =
                directories.stream().filter(d -> d.kind() == kind).anyMatch(d -> d.registeredBy(organisationId, me));
        if (!registrant
                || !representations.lockByOrganisation(kind, organisationId).isEmpty()) {
            throw new AccessDeniedException("Only the registrant of an organisation without representatives");
        }
        RepresentationEntity first =
                new RepresentationEntity(me.value(), kind, organisationId, clock.instant(), me.value());
        first.changeRole(RepresentativeRole.CHAIR);
        representations.save(first);
    }

    /** Whether the signed-in user may act for this organisation: a representative of it, or staff. */
    @Transactional(readOnly = true)
    public boolean mayManage(OrganisationKind kind, long organisationId) {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN) || represents(kind, organisationId);
    }

    /** @throws AccessDeniedException unless the signed-in user represents the organisation or is staff */
    public void requireManager(OrganisationKind kind, long organisationId) {
        if (!mayManage(kind, organisationId)) {
            throw new AccessDeniedException("Not a representative of " + kind + " " + organisationId);
        }
    }

    /** The organisation's representatives with names and roles, for its representatives and staff. */
    @Transactional(readOnly = true)
    public List<Representative> representatives(OrganisationKind kind, long organisationId) {
        requireManager(kind, organisationId);
        List<RepresentationEntity> found = representations.findByOrganisation(kind, organisationId);
        Map<AccountId, String> names = recipients.displayNames(
                found.stream().map(r -> new AccountId(r.accountId())).toList());
        return found.stream()
                .map(r -> new Representative(
                        new AccountId(r.accountId()),
                        names.getOrDefault(new AccountId(r.accountId()), "?"),
                        r.role(),
                        r.grantedAt()))
                .toList();
    }

    /**
     * Who represents the organisation, for system work (notifications to its representatives,
     * messaging relationships); runs without a signed-in user and reveals only account ids.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<AccountId> accountsRepresenting(OrganisationKind kind, long organisationId) {
        return representations.accountsOf(kind, organisationId).stream()
                .map(AccountId::new)
                .toList();
    }

    /** The organisations of a kind an account represents, for system work (like {@link #accountsRepresenting}). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Long> organisationsRepresentedBy(OrganisationKind kind, AccountId accountId) {
        return representations.organisationsOf(accountId.value(), kind);
    }

    /** The organisations of a kind the signed-in user represents. */
    @Transactional(readOnly = true)
    public List<Long> myOrganisations(OrganisationKind kind) {
        return currentUser
                .id()
                .map(id -> representations.organisationsOf(id.value(), kind))
                .orElse(List.of());
    }

    /** Sets a representative's role (chair, contact person, editor). */
    @Transactional
    public void changeRole(OrganisationKind kind, long organisationId, AccountId accountId, RepresentativeRole role) {
        requireManager(kind, organisationId);
        RepresentationEntity target = representations.lockByOrganisation(kind, organisationId).stream()
                .filter(r -> r.accountId() == accountId.value())
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException("representative", "representatives.error.notRepresentative"));
        auditRoleChange(accountId, "representative-role:" + role.name(), kind, organisationId, "changeRole");
        target.changeRole(role);
    }

    /**
     * Removes a representative (or lets one step down). At least one always remains: the
     * organisation's rows are locked, so two removals at once cannot both pass the check.
     *
     * @throws InvalidInputException field {@code representative} when this is the last one
     */
    @Transactional
    public void remove(OrganisationKind kind, long organisationId, AccountId accountId) {
        requireManager(kind, organisationId);
        List<RepresentationEntity> all = representations.lockByOrganisation(kind, organisationId);
        if (all.stream().noneMatch(r -> r.accountId() == accountId.value())) {
            throw new InvalidInputException("representative", "representatives.error.notRepresentative");
        }
        if (all.size() <= 1) {
            throw new InvalidInputException("representative", "representatives.error.lastOne");
        }
        auditRoleChange(accountId, "remove:" + kind.role(), kind, organisationId, "remove");
        representations.delete(accountId.value(), kind, organisationId);
    }

    /**
     * Changes to who represents an organisation, and in which role, are in the staff-access audit,
     * under the person who made them. Changes the platform makes itself, with nobody signed in (the
     * demo data, for one), have no actor and are not a person's access.
     */
    private void auditRoleChange(
            AccountId accountId, String change, OrganisationKind kind, long organisationId, String method) {
        currentUser
                .id()
                .ifPresent(actor -> audit.record(new StaffAccess(
                        actor.value(),
                        AccessKind.ROLE_CHANGE,
                        accountId.value(),
                        change + ":" + kind.name().toLowerCase(Locale.ROOT) + ":" + organisationId,
                        "RepresentationService." + method)));
    }
}
