package se.brobygge.notifications.internal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.i18n.Language;

/** Puts mails in the outbox, inside the caller's transaction, at most once per dedup key. */
@Component
class MailOutbox {

    /** Account security: a person waits for this mail right now. */
    static final int URGENT = 0;

    static final int NORMAL = 5;

    private final OutboxMailRepository mails;
    private final MailComposer composer;
    private final Clock clock;

    MailOutbox(OutboxMailRepository mails, MailComposer composer, Clock clock) {
        this.mails = mails;
        this.composer = composer;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(
            String dedupKey,
            String recipient,
            String languageCode,
            String kind,
            String displayName,
            String link,
            Object... params) {
        enqueue(NORMAL, dedupKey, recipient, languageCode, kind, displayName, link, params);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(
            int priority,
            String dedupKey,
            String recipient,
            String languageCode,
            String kind,
            String displayName,
            String link,
            Object... params) {
        if (mails.existsByDedupKey(dedupKey)) {
            return; // the event was delivered again (e.g. after a restart): the mail is already queued
        }
        Language language = Language.byCode(languageCode).orElse(Language.DEFAULT);
        RenderedMail mail = composer.compose(kind, language, displayName, link, params);
        mails.save(new OutboxMail(dedupKey, recipient, language.code(), mail, clock.instant(), priority));
    }

    /** A mail already written (notifications, digests), with its one-click unsubscribe address if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(
            int priority,
            String dedupKey,
            String recipient,
            Language language,
            RenderedMail mail,
            @Nullable String unsubscribeUrl) {
        enqueue(priority, dedupKey, recipient, language, mail, unsubscribeUrl, null);
    }

    /** As above, with the text of a QR code the HTML part shows inline (see {@link MailComposer}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void enqueue(
            int priority,
            String dedupKey,
            String recipient,
            Language language,
            RenderedMail mail,
            @Nullable String unsubscribeUrl,
            @Nullable String inlineQr) {
        String key = dedupKey.length() > 120 ? dedupKey.substring(0, 120) : dedupKey;
        if (mails.existsByDedupKey(key)) {
            return;
        }
        mails.save(new OutboxMail(key, recipient, language.code(), mail, clock.instant(), priority)
                .withUnsubscribeUrl(unsubscribeUrl)
                .withInlineQr(inlineQr));
    }
}
