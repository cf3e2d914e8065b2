package se.brobygge.moderation.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * What every part of moderation writes down: each step in an item's history (with the text it was
 * taken on), every action in the log, and the author's notification about a decision.
 */
@Component
class Journal {

    private final DecisionRepository decisions;
    private final LogRepository log;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher publisher;

    Journal(
            DecisionRepository decisions,
            LogRepository log,
            Recipients recipients,
            TranslationProvider translations,
            ApplicationEventPublisher publisher) {
        this.decisions = decisions;
        this.log = log;
        this.recipients = recipients;
        this.translations = translations;
        this.publisher = publisher;
    }

    /** A step in the item's history, also in the action log. */
    void record(ItemEntity item, @Nullable Long moderatorId, String action, @Nullable String reason, Instant now) {
        decisions.save(new DecisionEntity(item.id(), moderatorId, action, clip(reason), item.text(), now));
        log(moderatorId, action, item.ref().toString(), reason, now);
    }

    void log(@Nullable Long actorId, String action, String target, @Nullable String reason, Instant now) {
        log.save(new LogEntity(actorId, action, clip(target, 140), clip(reason), now));
    }

    void notifyAuthor(ItemEntity item, String what, String reason, Instant now) {
        String text = item.text();
        String excerpt = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        publisher.publishEvent(new NotificationRequested(
                item.authorId(),
                NotificationKind.MODERATION_DECISION,
                "moderation-" + what + "-" + item.id() + "-" + now.toEpochMilli(),
                "moderation.notify." + what + ".subject",
                "moderation.notify." + what + ".body",
                List.of(reason, excerpt),
                null,
                "/my-content/moderated"));
    }

    Language language(long accountId) {
        return recipients
                .of(new AccountId(accountId))
                .flatMap(r -> Language.byCode(r.language()))
                .orElse(Language.DEFAULT);
    }

    String translate(String key, Language language, Object... args) {
        return translations.getTranslation(key, language.locale(), args);
    }

    Map<AccountId, String> names(Collection<AccountId> ids) {
        return ids.isEmpty() ? Map.of() : recipients.displayNames(ids);
    }

    /** Reasons are kept to their column's 1,000 characters (an appeal's full text stays on the item). */
    static @Nullable String clip(@Nullable String text) {
        return text == null ? null : clip(text, 1000);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
