package se.brobygge.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.brobygge.identity.RepresentativeInvited;
import se.brobygge.shared.i18n.Language;

/**
 * Invitations to represent an association or employer, for people without an account: a mail
 * with the link, in the invitee's language when it is known, else in Swedish. Always sent (there
 * are no preferences to follow yet), once per invitation, after the invitation was committed.
 */
@Component
class InvitationMails {

    private final MailOutbox outbox;
    private final MailComposer composer;

    InvitationMails(MailOutbox outbox, MailComposer composer) {
        this.outbox = outbox;
        this.composer = composer;
    }

    @ApplicationModuleListener
    void on(RepresentativeInvited event) {
        Language language = event.language() == null
                ? Language.DEFAULT
                : Language.byCode(event.language()).orElse(Language.DEFAULT);
        RenderedMail mail = composer.composeForStranger(
                "notifications.mail.invitation",
                "notifications.mail.invitation.intro." + event.kind(),
                language,
                event.link(),
                event.organisationName(),
                event.validDays());
        outbox.enqueue(
                MailOutbox.NORMAL,
                "representative-invitation:" + event.invitationId(),
                event.email(),
                language,
                mail,
                null);
    }
}
