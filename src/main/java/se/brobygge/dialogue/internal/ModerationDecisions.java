package se.brobygge.dialogue.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRestored;

/** Moderation hides and restores dialogue content; the dialogue renders "hidden by a moderator". */
@Component
class ModerationDecisions {

    private final DialogueCore core;

    ModerationDecisions(DialogueCore core) {
        this.core = core;
    }

    @EventListener
    void on(ContentHidden event) {
        if (DialogueCore.MODULE.equals(event.ref().module())) {
            core.hidden(event.ref(), event.reason());
        }
    }

    @EventListener
    void on(ContentRestored event) {
        if (DialogueCore.MODULE.equals(event.ref().module())) {
            core.restored(event.ref());
        }
    }
}
