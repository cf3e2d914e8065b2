package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.identity.InvitationPage;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeInvitations;

/**
 * The link of an invitation to represent an employer: the signed-in invitee sees which employer
 * invites them and in what role, and accepts (anyone not signed in logs in first and comes back).
 */
@Route("employers/invitation/:token")
@PermitAll
class EmployerInvitationView extends InvitationPage {

    private final EmployerService employers;

    EmployerInvitationView(RepresentativeInvitations invitations, EmployerService employers) {
        super(invitations, OrganisationKind.EMPLOYER, "employers.invitation");
        this.employers = employers;
    }

    @Override
    protected Optional<String> organisationName(long organisationId) {
        return employers.employer(new EmployerId(organisationId)).map(x -> x.name());
    }

    @Override
    protected void accepted(Representation granted) {
        UI.getCurrent()
                .navigate(EmployerView.class, new RouteParameters("id", Long.toString(granted.organisationId())));
    }
}
