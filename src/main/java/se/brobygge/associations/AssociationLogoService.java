package se.brobygge.associations;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.associations.internal.LogoEntity;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.associations.internal.LogoRepository;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;

/** An association's logo: its representatives (or staff) upload it; anyone sees it while it is public. */
@Service
@PreAuthorize("permitAll()")
public class AssociationLogoService {

    private final AssociationRepository associations;
    private final LogoRepository logos;
    private final AssociationAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AssociationLogoService(
            AssociationRepository associations,
            LogoRepository logos,
            AssociationAccess access,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.associations = associations;
        this.logos = logos;
        this.access = access;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Replaces the logo; it is re-encoded as PNG (metadata dropped) and goes to moderation.
     *
     * @throws InvalidInputException field {@code logo}: too large or not a PNG/JPEG image
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void uploadLogo(AssociationId id, byte[] content) {
        access.requireManager(id);
        byte[] png = LogoImages.reencode(content);
        AssociationEntity entity = associations.findById(id.value()).orElseThrow();
        logos.findById(id.value())
                .ifPresentOrElse(
                        l -> l.replace(png, clock.instant()),
                        () -> logos.save(new LogoEntity(id.value(), png, clock.instant())));
        entity.logoUploaded();
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(AssociationService.MODULE, "logo", id.value()),
                currentUser.require().value(),
                "[logo] " + entity.name(),
                null,
                logoPath(id),
                clock.instant()));
    }

    /** The logo as PNG, when the association is public and no moderator has hidden the logo. */
    @Transactional(readOnly = true)
    public Optional<byte[]> logo(AssociationId id) {
        return associations
                .findById(id.value())
                .filter(a -> !a.suspended() && a.logoHidden() == null)
                .flatMap(a -> logos.findById(id.value()))
                .map(LogoEntity::content);
    }

    public static String logoPath(AssociationId id) {
        return "/images/associations/" + id.value() + ".png";
    }
}
