package se.brobygge.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.MailToAddressRequested;

/**
 * Mails to an address rather than an account, asked for by any module: written in the language
 * asked for (Swedish when unknown) and queued once per dedup key, after the asking transaction
 * committed.
 */
@Component
class AddressMails {

    private final MailOutbox outbox;
    private final MailComposer composer;

    AddressMails(MailOutbox outbox, MailComposer composer) {
        this.outbox = outbox;
        this.composer = composer;
    }

    @ApplicationModuleListener
    void on(MailToAddressRequested request) {
        Language language = Language.byCode(request.languageCode()).orElse(Language.DEFAULT);
        RenderedMail mail = composer.composeForStranger(
                request.textPrefix(),
                request.textPrefix() + ".intro",
                language,
                request.link(),
                request.args().toArray());
        outbox.enqueue(MailOutbox.NORMAL, request.dedupKey(), request.email(), language, mail, null);
    }
}
