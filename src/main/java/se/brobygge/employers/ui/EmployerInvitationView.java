package se.brobygge.employers.ui;

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
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Representation;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.shared.InvalidInputException;

/**
 * The link of an invitation to represent an employer: the signed-in invitee sees which employer
 * invites them and in what role, and accepts (anyone not signed in logs in first and comes back).
 */
@Route("employers/invitation/:token")
@PermitAll
class EmployerInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RepresentativeInvitations invitations;
    private final EmployerService employers;
    final Paragraph status = new Paragraph();

    EmployerInvitationView(RepresentativeInvitations invitations, EmployerService employers) {
        this.invitations = invitations;
        this.employers = employers;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        String token = e.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("employers.invitation.title")));
        status.getElement().setAttribute("role", "status");
        add(status);
        RepresentativeInvitations.Check check = invitations.check(token);
        RepresentativeInvitation invitation = check.invitation();
        if (check.state() != RepresentativeInvitations.State.VALID || invitation == null
                || invitation.kind() != OrganisationKind.EMPLOYER) {
            status.setText(getTranslation(switch (check.state()) {
                case EXPIRED -> "representatives.error.expired";
                case USED -> "representatives.error.used";
                default -> "representatives.error.unknown";
            }));
            return;
        }
        String name = employers.employer(new EmployerId(invitation.organisationId())).map(x -> x.name()).orElse("?");
        add(new Paragraph(getTranslation("employers.invitation.text", name,
                getTranslation("representatives.role." + invitation.role()))));
        Button accept = new Button(getTranslation("employers.invitation.accept"), click -> {
            try {
                Representation granted = invitations.accept(token);
                UI.getCurrent().navigate(EmployerView.class,
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
        return getTranslation("employers.invitation.title") + " – Brobygge";
    }
}
