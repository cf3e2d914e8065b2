package se.brobygge.associations;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Representative;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.identity.RepresentativeInvited;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * An association's representatives and invitations. Identity keeps them (and checks who may change
 * them); the invitation text is ours.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssociationRepresentativeService {

    private final AssociationRepository associations;
    private final AssociationAccess access;
    private final RepresentationService representation;
    private final RepresentativeInvitations invitations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final BrobyggeProperties properties;

    AssociationRepresentativeService(
            AssociationRepository associations,
            AssociationAccess access,
            RepresentationService representation,
            RepresentativeInvitations invitations,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            BrobyggeProperties properties) {
        this.associations = associations;
        this.access = access;
        this.representation = representation;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.properties = properties;
    }

    public List<Representative> representatives(AssociationId id) {
        return representation.representatives(OrganisationKind.ASSOCIATION, id.value());
    }

    public List<RepresentativeInvitation> pendingInvitations(AssociationId id) {
        return invitations.pending(OrganisationKind.ASSOCIATION, id.value());
    }

    /**
     * Invites someone by e-mail to represent the association. An invitee with an account gets a
     * notification; anyone else gets the link by mail through {@link RepresentativeInvited}.
     */
    @Transactional
    public RepresentativeInvitation invite(AssociationId id, String email, RepresentativeRole role) {
        access.requireManager(id);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        RepresentativeInvitations.Issued issued =
                invitations.invite(OrganisationKind.ASSOCIATION, id.value(), email, role);
        String path = invitationPath(issued.token());
        if (issued.inviteeAccount() != null) {
            publisher.publishEvent(new NotificationRequested(
                    issued.inviteeAccount().value(),
                    NotificationKind.ASSOCIATION_ANSWER,
                    "associations:invitation:" + issued.invitation().id(),
                    "associations.mail.invitation.subject",
                    "associations.mail.invitation.body",
                    List.of(entity.name(), currentUser.displayName().orElse("")),
                    issued.invitation().expiresAt(),
                    path));
        } else {
            // no account, so no known language: the mail is in Swedish
            publisher.publishEvent(new RepresentativeInvited(
                    OrganisationKind.ASSOCIATION,
                    id.value(),
                    issued.invitation().id(),
                    issued.invitation().email(),
                    issued.inviteeLanguage(),
                    entity.name(),
                    properties.baseUrl().replaceAll("/+$", "") + path));
        }
        return issued.invitation();
    }

    public static String invitationPath(String token) {
        return "/associations/invitation/" + token;
    }

    public void cancelInvitation(long invitationId) {
        invitations.cancel(invitationId);
    }

    public void changeRole(AssociationId id, AccountId accountId, RepresentativeRole role) {
        representation.changeRole(OrganisationKind.ASSOCIATION, id.value(), accountId, role);
    }

    /** @throws InvalidInputException field {@code representative} when they are the last one */
    public void removeRepresentative(AssociationId id, AccountId accountId) {
        representation.remove(OrganisationKind.ASSOCIATION, id.value(), accountId);
    }
}
