package se.brobygge.notifications.internal;

import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import se.brobygge.events.EventCancelled;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpConfirmed;
import se.brobygge.events.SignUpWaitlisted;
import se.brobygge.events.WaitlistPromoted;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * Mails about sign-ups, in the recipient's language. A sign-up confirmation with its code is
 * always sent; the other kinds will follow the user's preferences once those exist.
 */
@Component
class EventMails {

    private final MailOutbox outbox;
    private final Recipients recipients;
    private final String baseUrl;

    EventMails(MailOutbox outbox, Recipients recipients, BrobyggeProperties properties) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.baseUrl = properties.baseUrl();
    }

    @ApplicationModuleListener
    void on(SignUpConfirmed e) {
        send("signup-confirmed:" + e.eventId() + ":" + e.accountId() + ":" + e.signedUpAt().toEpochMilli(),
                e.accountId(), "signupConfirmed", e.eventId(), e.title(), e.startsAt(), e.code());
    }

    @ApplicationModuleListener
    void on(SignUpWaitlisted e) {
        send("signup-waitlisted:" + e.eventId() + ":" + e.accountId() + ":" + e.signedUpAt().toEpochMilli(),
                e.accountId(), "signupWaitlisted", e.eventId(), e.title(), e.startsAt(), e.position());
    }

    @ApplicationModuleListener
    void on(WaitlistPromoted e) {
        send("waitlist-promoted:" + e.eventId() + ":" + e.accountId() + ":" + e.signedUpAt().toEpochMilli(), e.accountId(),
                "waitlistPromoted", e.eventId(), e.title(), e.startsAt(), e.code());
    }

    @ApplicationModuleListener
    void on(EventCancelled e) {
        for (AccountId person : e.people()) {
            send("event-cancelled:" + e.eventId() + ":" + person, person, "eventCancelled", e.eventId(), e.title(),
                    e.startsAt(), e.reason());
        }
    }

    private void send(String key, AccountId to, String kind, EventId event, String title, Instant startsAt,
            Object detail) {
        recipients.of(to).ifPresent(r -> {
            Language language = Language.byCode(r.language()).orElse(Language.DEFAULT);
            String when = Formats.dateTime(startsAt, language.locale());
            String link = UriComponentsBuilder.fromUriString(baseUrl).path("/events/" + event.value()).build()
                    .toUriString();
            outbox.enqueue(key.length() > 120 ? key.substring(0, 120) : key, r.email(), language.code(), kind,
                    r.displayName(), link, title, when, detail);
        });
    }
}
