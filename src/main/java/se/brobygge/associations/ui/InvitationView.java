package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.PermitAll;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.shared.InvalidInputException;

/**
 * The invitation link: the signed-in invitee sees which association invites them and in what role,
 * and accepts (anyone not signed in is sent to the login first and comes back here).
 */
@Route("associations/invitation/:token")
@PermitAll
class InvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RepresentativeInvitations invitations;
    private final AssociationService associations;
    final Paragraph status = new Paragraph();

    InvitationView(RepresentativeInvitations invitations, AssociationService associations) {
        this.invitations = invitations;
        this.associations = associations;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        String token = e.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("associations.invitation.title")));
        status.getElement().setAttribute("role", "status");
        add(status);
        RepresentativeInvitations.Check check = invitations.check(token);
        RepresentativeInvitation invitation = check.invitation();
        if (invitation != null && invitation.kind() != OrganisationKind.ASSOCIATION) {
            // an employer's invitation opened here: that module has its own page for it
            status.setText(getTranslation("representatives.error.unknown"));
            return;
        }
        if (check.state() != RepresentativeInvitations.State.VALID || invitation == null) {
            status.setText(getTranslation(switch (check.state()) {
                case EXPIRED -> "representatives.error.expired";
                case USED -> "representatives.error.used";
                default -> "representatives.error.unknown";
            }));
            return;
        }
        String name = associations.find(new AssociationId(invitation.organisationId())).map(a -> a.name()).orElse("?");
        add(new Paragraph(getTranslation("associations.invitation.text", name,
                getTranslation("representatives.role." + invitation.role()))));
        Button accept = new Button(getTranslation("associations.invitation.accept"), click -> {
            try {
                Representation granted = invitations.accept(token);
                UI.getCurrent().navigate(ManageAssociationView.class,
                        new RouteParameters("id", Long.toString(granted.organisationId())));
            } catch (InvalidInputException ex) {
                status.setText(getTranslation(ex.errors().getFirst().messageKey()));
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("accept-invitation");
        add(accept);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.invitation.title") + " – Brobygge";
    }
}
