package se.brobygge.associations.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.brobygge.associations.AssociationId;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Who may act for an association: its representatives (checked through
 * {@link RepresentationService#represents}, so a new representative can act at once) and staff; and
 * how its representatives are told about what happens to it.
 */
@Component
public class AssociationAccess {

    private final RepresentationService representation;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;

    AssociationAccess(
            RepresentationService representation, CurrentUser currentUser, ApplicationEventPublisher publisher) {
        this.representation = representation;
        this.currentUser = currentUser;
        this.publisher = publisher;
    }

    public boolean mayManage(AssociationId id) {
        return currentUser.hasRole(Roles.STAFF)
                || currentUser.hasRole(Roles.ADMIN)
                || representation.represents(OrganisationKind.ASSOCIATION, id.value());
    }

    public void requireManager(AssociationId id) {
        if (!mayManage(id)) {
            throw new AccessDeniedException("Not a representative of association " + id);
        }
    }

    public void tellRepresentatives(
            AssociationId id,
            String what,
            String subjectKey,
            String bodyKey,
            List<String> args,
            NotificationKind kind) {
        for (AccountId rep : representation.accountsRepresenting(OrganisationKind.ASSOCIATION, id.value())) {
            publisher.publishEvent(new NotificationRequested(
                    rep.value(),
                    kind,
                    "associations:" + id.value() + ":" + what,
                    subjectKey,
                    bodyKey,
                    args,
                    null,
                    "/associations/" + id.value() + "/manage"));
        }
    }
}
