package se.brobygge.moderation.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.content.ContentScreening;

/** Moderation's answer to "may this text be published as it is?", for every module that accepts text. */
@Component
class Screening implements ContentScreening {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    Screening(ModerationCore core, CurrentUser currentUser) {
        this.core = core;
        this.currentUser = currentUser;
    }

    @Override
    public Verdict screen(long authorAccountId, String text, @Nullable String language) {
        return core.screen(authorAccountId, text, language, ContentListener.staffWriting(currentUser, authorAccountId));
    }
}
