package se.brobygge.moderation.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.content.ContentScreening;

/** Moderation's answer to "may this text be published as it is?", for every module that accepts text. */
@Component
class Screening implements ContentScreening {

    private final Rules rules;
    private final CurrentUser currentUser;

    Screening(Rules rules, CurrentUser currentUser) {
        this.rules = rules;
        this.currentUser = currentUser;
    }

    @Override
    public Verdict screen(long authorAccountId, String text, @Nullable String language) {
        return rules.screen(
                authorAccountId, text, language, ContentListener.staffWriting(currentUser, authorAccountId));
    }
}
