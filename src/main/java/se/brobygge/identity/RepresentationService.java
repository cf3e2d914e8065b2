package se.brobygge.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.brobygge.identity.internal.RepresentationEntity;
import se.brobygge.identity.internal.RepresentationRepository;

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

    RepresentationService(RepresentationRepository representations, CurrentUser currentUser, Clock clock) {
        this.representations = representations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Representation> mine() {
        return representations.findByAccount(currentUser.require().value()).stream()
                .map(RepresentationEntity::toRecord).toList();
    }

    /** Whether the signed-in user represents this organisation. */
    @Transactional(readOnly = true)
    public boolean represents(OrganisationKind kind, long organisationId) {
        return currentUser.id().map(id -> representations.exists(id.value(), kind, organisationId)).orElse(false);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void grant(AccountId accountId, OrganisationKind kind, long organisationId) {
        if (!representations.exists(accountId.value(), kind, organisationId)) {
            representations.save(new RepresentationEntity(accountId.value(), kind, organisationId, clock.instant(),
                    currentUser.id().map(AccountId::value).orElse(null)));
        }
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public void revoke(AccountId accountId, OrganisationKind kind, long organisationId) {
        representations.delete(accountId.value(), kind, organisationId);
    }
}
