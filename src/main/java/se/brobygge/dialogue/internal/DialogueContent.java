package se.brobygge.dialogue.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.brobygge.dialogue.PostRefusedException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;

/**
 * Dialogue's side of the content contract: its refs, and moderation's screening, asked once per
 * text (decision 0020). Works without moderation present.
 */
@Component
class DialogueContent {

    static final String MODULE = "dialogue";

    private final ObjectProvider<ContentScreening> screening;

    DialogueContent(ObjectProvider<ContentScreening> screening) {
        this.screening = screening;
    }

    static ContentRef post(long id) {
        return new ContentRef(MODULE, "post", id);
    }

    static ContentRef proposal(long id) {
        return new ContentRef(MODULE, "proposal", id);
    }

    /**
     * Moderation's verdict on the text; whether it must wait for a moderator is read from it.
     *
     * @throws PostRefusedException when moderation refuses it
     */
    Verdict screen(long author, String text, @Nullable String language) {
        ContentScreening screen = screening.getIfAvailable();
        Verdict verdict = screen == null ? Verdict.ALLOW : screen.screen(author, text, language);
        if (verdict.outcome() == Outcome.BLOCK) {
            throw new PostRefusedException(verdict.message() == null ? "" : verdict.message());
        }
        return verdict;
    }

    static boolean held(Verdict verdict) {
        return verdict.outcome() == Outcome.QUEUE;
    }
}
