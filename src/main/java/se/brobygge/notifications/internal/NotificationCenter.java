package se.brobygge.notifications.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.notifications.Delivery;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * The one place where every module's {@link NotificationRequested} becomes an in-app notification
 * (once per key and recipient) and, as the recipient chose for its kind, a mail now, an item in
 * the daily or weekly digest, or nothing more. Kinds that are always mailed ignore the choice.
 */
@Component
class NotificationCenter {

    private final NotificationStore store;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final UnsubscribeTokens tokens;
    private final Recipients recipients;
    private final Clock clock;
    private final String baseUrl;
    private final UnreadBroadcaster broadcaster;

    NotificationCenter(
            NotificationStore store,
            MailOutbox outbox,
            MailComposer composer,
            UnsubscribeTokens tokens,
            Recipients recipients,
            Clock clock,
            BrobyggeProperties properties,
            UnreadBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
        this.store = store;
        this.outbox = outbox;
        this.composer = composer;
        this.tokens = tokens;
        this.recipients = recipients;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    @ApplicationModuleListener
    void on(NotificationRequested request) {
        deliver(Notice.of(request));
    }

    @Transactional
    void deliver(Notice notice) {
        deliver(notice, null);
    }

    /** As {@link #deliver(Notice)}; a mail also shows {@code qrCode} (a sign-up's check-in address) as a QR code. */
    @Transactional
    void deliver(Notice notice, @Nullable String qrCode) {
        Optional<Recipients.Recipient> found = recipients.of(new AccountId(notice.accountId()));
        if (found.isEmpty()) {
            return; // the account is gone
        }
        Recipients.Recipient recipient = found.get();
        Optional<Long> id = store.insert(
                notice.accountId(),
                notice.kind(),
                notice.dedupKey(),
                notice.subjectKey(),
                notice.bodyKey(),
                notice.args(),
                notice.when(),
                notice.link(),
                clock.instant());
        if (id.isEmpty()) {
            return; // delivered before
        }
        broadcaster.changed(notice.accountId()); // the bell on the person's open pages, after commit
        Delivery delivery =
                notice.kind().alwaysMailed() ? Delivery.MAIL_NOW : store.preference(notice.accountId(), notice.kind());
        switch (delivery) {
            case MAIL_NOW -> mail(recipient, notice, qrCode);
            case DAILY, WEEKLY -> store.markForDigest(id.get(), delivery);
            case IN_APP -> {}
        }
    }

    private void mail(Recipients.Recipient recipient, Notice notice, @Nullable String qrCode) {
        Language language = Language.byCode(recipient.language()).orElse(Language.DEFAULT);
        Locale locale = language.locale();
        NotificationStore.Stored stored = new NotificationStore.Stored(
                0,
                notice.accountId(),
                notice.kind(),
                notice.subjectKey(),
                notice.bodyKey(),
                notice.args(),
                notice.when(),
                notice.link(),
                clock.instant(),
                null);
        Object[] params = stored.params(locale);
        String subject = store.translate(notice.subjectKey(), locale, params);
        String body = store.translate(notice.bodyKey(), locale, params);
        String outro = notice.outroKey() == null ? null : store.translate(notice.outroKey(), locale, params);
        List<MailComposer.Unsubscribe> ways = new ArrayList<>();
        String oneClick = null;
        if (!notice.kind().alwaysMailed()) {
            String kindName = store.translate("notifications.kind." + notice.kind(), locale);
            ways.add(new MailComposer.Unsubscribe(
                    store.translate("notifications.mail.unsubscribe", locale, kindName),
                    tokens.pageUrl(notice.accountId(), notice.kind())));
            ways.add(new MailComposer.Unsubscribe(
                    store.translate("notifications.mail.preferences", locale), absolute("/notifications/settings")));
            oneClick = tokens.oneClickUrl(notice.accountId(), notice.kind());
        }
        RenderedMail mail = composer.composeNotice(
                language,
                recipient.displayName(),
                subject,
                body,
                notice.link() == null ? null : absolute(notice.link()),
                outro,
                ways,
                qrCode != null);
        int priority = notice.kind() == NotificationKind.ACCOUNT_SECURITY ? MailOutbox.URGENT : MailOutbox.NORMAL;
        outbox.enqueue(
                priority,
                "n:" + notice.accountId() + ":" + notice.dedupKey(),
                recipient.email(),
                language,
                mail,
                oneClick,
                qrCode);
    }

    String absolute(String path) {
        return UriComponentsBuilder.fromUriString(baseUrl).path(path).build().toUriString();
    }
}
