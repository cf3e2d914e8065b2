package se.brobygge.employers.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.EmployerStatus;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.OrganisationKind;

/** Employers for other modules: name and standing, without a signed-in user. */
@Component
class EmployerDirectory implements OrganisationDirectory {

    private final EmployerRepository employers;

    EmployerDirectory(EmployerRepository employers) {
        this.employers = employers;
    }

    @Override
    public OrganisationKind kind() {
        return OrganisationKind.EMPLOYER;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationInfo> find(long organisationId) {
        return employers
                .findById(organisationId)
                .map(e -> new OrganisationInfo(
                        OrganisationKind.EMPLOYER,
                        organisationId,
                        e.name(),
                        e.status() == EmployerStatus.VERIFIED,
                        e.suspended()));
    }
}
