package se.brobygge.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import se.brobygge.shared.InvalidInputException;

/**
 * The page behind an invitation link to represent an organisation: the signed-in invitee sees
 * which organisation invites them and in what role, and accepts. Expired, used and unknown links,
 * and links of another kind of organisation, get a clear message. Each organisation module gives
 * its route, its texts ({@code <prefix>.title}, {@code .text}, {@code .accept}), the name and where
 * to go once accepted.
 */
public abstract class InvitationPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RepresentativeInvitations invitations;
    private final OrganisationKind kind;
    private final String prefix;
    protected final Paragraph status = new Paragraph();

    protected InvitationPage(RepresentativeInvitations invitations, OrganisationKind kind, String prefix) {
        this.invitations = invitations;
        this.kind = kind;
        this.prefix = prefix;
        addClassName("narrow-view");
    }

    /** The inviting organisation's name, if it still exists. */
    protected abstract Optional<String> organisationName(long organisationId);

    /** Where the new representative goes once they have accepted. */
    protected abstract void accepted(Representation granted);

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        String token = e.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation(prefix + ".title")));
        status.getElement().setAttribute("role", "status");
        add(status);
        RepresentativeInvitations.Check check = invitations.check(token);
        RepresentativeInvitation invitation = check.invitation();
        if (check.state() != RepresentativeInvitations.State.VALID || invitation == null || invitation.kind() != kind) {
            // another kind of organisation's invitation opened here counts as unknown: its module has its page
            status.setText(getTranslation(
                    switch (invitation != null && invitation.kind() != kind
                            ? RepresentativeInvitations.State.UNKNOWN
                            : check.state()) {
                        case EXPIRED -> "representatives.error.expired";
                        case USED -> "representatives.error.used";
                        default -> "representatives.error.unknown";
                    }));
            return;
        }
        String name = organisationName(invitation.organisationId()).orElse("?");
        add(new Paragraph(
                getTranslation(prefix + ".text", name, getTranslation("representatives.role." + invitation.role()))));
        Button accept = new Button(getTranslation(prefix + ".accept"), click -> {
            try {
                accepted(invitations.accept(token));
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
        return getTranslation(prefix + ".title") + " – Brobygge";
    }
}
