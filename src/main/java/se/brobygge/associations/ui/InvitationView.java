package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.identity.InvitationPage;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeInvitations;

/**
 * The invitation link: the signed-in invitee sees which association invites them and in what role,
 * and accepts (anyone not signed in is sent to the login first and comes back here).
 */
@Route("associations/invitation/:token")
@PermitAll
class InvitationView extends InvitationPage {

    private final AssociationService associations;

    InvitationView(RepresentativeInvitations invitations, AssociationService associations) {
        super(invitations, OrganisationKind.ASSOCIATION, "associations.invitation");
        this.associations = associations;
    }

    @Override
    protected Optional<String> organisationName(long organisationId) {
        return associations.find(new AssociationId(organisationId)).map(a -> a.name());
    }

    @Override
    protected void accepted(Representation granted) {
        UI.getCurrent()
                .navigate(
                        ManageAssociationView.class,
                        new RouteParameters("id", Long.toString(granted.organisationId())));
    }
}
