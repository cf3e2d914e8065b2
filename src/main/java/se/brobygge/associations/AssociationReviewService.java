package se.brobygge.associations;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.text.PlainText;

/** Staff review of associations: the queue of unverified ones, verification, suspension and its lifting. */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class AssociationReviewService {

    private final AssociationRepository associations;
    private final AssociationAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AssociationReviewService(
            AssociationRepository associations,
            AssociationAccess access,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.associations = associations;
        this.access = access;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Association> awaitingVerification() {
        return associations.unverified().stream()
                .map(AssociationEntity::toRecord)
                .toList();
    }

    /** How many associations wait for verification (the staff inbox). */
    @Transactional(readOnly = true)
    public long awaitingVerificationCount() {
        return associations.countUnverified();
    }

    @Transactional(readOnly = true)
    public List<Association> suspendedOnes() {
        return associations.suspended().stream()
                .map(AssociationEntity::toRecord)
                .toList();
    }

    /** Staff have checked the organisation number and a contact: the association gets its badge. */
    @Transactional
    public void verify(AssociationId id) {
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        if (entity.verified()) {
            return;
        }
        entity.verify(clock.instant());
        publisher.publishEvent(new AssociationVerified(id, entity.name()));
        access.tellRepresentatives(
                id,
                "verified",
                "associations.mail.verified.subject",
                "associations.mail.verified.body",
                List.of(entity.name()),
                NotificationKind.ASSOCIATION_ANSWER);
    }

    /**
     * Suspends an association: it leaves the directory, its page is closed to the public, and its
     * representatives see the reason.
     */
    @Transactional
    public void suspend(AssociationId id, String reason) {
        String why = PlainText.text(reason);
        if (why.length() < 5 || why.length() > 500) {
            throw new InvalidInputException("reason", "associations.validation.reason");
        }
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        entity.suspend(why);
        access.tellRepresentatives(
                id,
                "suspended:" + clock.millis(),
                "associations.mail.suspended.subject",
                "associations.mail.suspended.body",
                List.of(entity.name(), why),
                NotificationKind.MODERATION_DECISION);
    }

    @Transactional
    public void lift(AssociationId id) {
        associations.findById(id.value()).orElseThrow().suspend(null);
    }
}
