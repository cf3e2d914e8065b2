package se.brobygge.employers.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;

/** Hides and shows again employer texts, presentation cards and postings when moderators decide. */
@Component
class ModerationListener {

    private final EmployerRepository employers;
    private final CardRepository cards;
    private final PostingRepository postings;

    ModerationListener(EmployerRepository employers, CardRepository cards, PostingRepository postings) {
        this.employers = employers;
        this.cards = cards;
        this.postings = postings;
    }

    @ApplicationModuleListener
    void on(ContentHidden event) {
        apply(event.ref(), event.reason().isBlank() ? "hidden" : event.reason());
    }

    @ApplicationModuleListener
    void on(ContentRestored event) {
        apply(event.ref(), null);
    }

    void apply(ContentRef ref, @Nullable String reason) {
        if (!"employers".equals(ref.module())) {
            return;
        }
        switch (ref.type()) {
            case "employer" ->
                employers.findById(ref.id()).ifPresent(e -> {
                    if (reason == null) {
                        e.restore();
                    } else {
                        e.hide(reason);
                    }
                });
            case "card" ->
                cards.findById(ref.id()).ifPresent(c -> {
                    if (reason == null) {
                        c.restore();
                    } else {
                        c.hide(reason);
                    }
                });
            case "posting" ->
                postings.findById(ref.id()).ifPresent(p -> {
                    if (reason == null) {
                        p.restore();
                    } else {
                        p.hide(reason);
                    }
                });
            default -> {}
        }
    }
}
