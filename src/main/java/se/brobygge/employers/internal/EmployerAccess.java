package se.brobygge.employers.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Roles;

/**
 * Who may act for an employer: its representatives (identity's representation), and the person who
 * registered it, who becomes its first representative when staff verify it (until then only they
 * can act for it, and its postings wait for approval).
 */
@Component
public class EmployerAccess {

    private final EmployerRepository employers;
    private final RepresentationService representation;
    private final CurrentUser currentUser;

    EmployerAccess(EmployerRepository employers, RepresentationService representation, CurrentUser currentUser) {
        this.employers = employers;
        this.representation = representation;
        this.currentUser = currentUser;
    }

    public boolean mayRepresent(long employerId) {
        if (currentUser.id().isEmpty()) {
            return false;
        }
        long me = currentUser.id().get().value();
        return representation.represents(OrganisationKind.EMPLOYER, employerId)
                || employers
                        .findById(employerId)
                        .map(e -> e.registeredBy() == me)
                        .orElse(false);
    }

    public void requireRepresentative(long employerId) {
        if (!mayRepresent(employerId)) {
            throw new AccessDeniedException("Only a representative of this employer may do this");
        }
    }

    public boolean isStaff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
    }
}
