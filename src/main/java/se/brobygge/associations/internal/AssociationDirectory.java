package se.brobygge.associations.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.OrganisationKind;

/** Tells other modules (events) an association's name and standing, without a signed-in user. */
@Component
class AssociationDirectory implements OrganisationDirectory {

    private final AssociationRepository associations;

    AssociationDirectory(AssociationRepository associations) {
        this.associations = associations;
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.ASSOCIATION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationInfo> find(long organisationId) {
        return associations
                .findById(organisationId)
                .map(a -> new OrganisationInfo(
                        OrganisationKind.ASSOCIATION, a.id(), a.name(), a.verified(), a.suspended()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean registeredBy(long organisationId, AccountId accountId) {
        return associations
                .findById(organisationId)
                .filter(a -> a.registeredBy() == accountId.value())
                .isPresent();
    }
}
