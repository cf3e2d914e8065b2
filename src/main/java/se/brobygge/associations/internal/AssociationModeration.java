package se.brobygge.associations.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.AssociationService;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;

/**
 * Moderation's decisions on association content: a hidden profile loses its description (the
 * name stays, so the page still says whose it is), a hidden logo and a hidden activity text are not
 * shown; representatives see the reason.
 */
@Component
class AssociationModeration {

    private final AssociationRepository associations;
    private final ActivityRepository activities;

    AssociationModeration(AssociationRepository associations, ActivityRepository activities) {
        this.associations = associations;
        this.activities = activities;
    }

    @EventListener
    @Transactional
    void on(ContentHidden event) {
        apply(event.ref(), event.reason().isBlank() ? "-" : event.reason());
    }

    @EventListener
    @Transactional
    void on(ContentRestored event) {
        apply(event.ref(), null);
    }

    private void apply(ContentRef ref, @Nullable String reason) {
        if (!AssociationService.MODULE.equals(ref.module())) {
            return;
        }
        switch (ref.type()) {
            case "profile" -> associations.findById(ref.id()).ifPresent(a -> a.hideDescription(reason));
            case "logo" -> associations.findById(ref.id()).ifPresent(a -> a.hideLogo(reason));
            case "activity" -> activities.findById(ref.id()).ifPresent(a -> a.hide(reason));
            default -> {}
        }
    }
}
