package se.brobygge.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.brobygge.events.EventCancelled;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpConfirmed;
import se.brobygge.events.SignUpWaitlisted;
import se.brobygge.events.WaitlistPromoted;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.notify.NotificationKind;

/**
 * Sign-up news, as notifications in the app and mails in the recipient's language. A sign-up
 * confirmation with its code (and the waitlist receipt) is always mailed; a waitlist promotion and
 * a cancelled event follow the person's preferences. The texts live in the events bundle.
 */
@Component
class EventMails {

    private final NotificationCenter center;

    EventMails(NotificationCenter center) {
        this.center = center;
    }

    @ApplicationModuleListener
    void on(SignUpConfirmed e) {
        notify(
                "signup-confirmed:" + e.eventId() + ":" + e.accountId() + ":"
                        + e.signedUpAt().toEpochMilli(),
                e.accountId(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "signupConfirmed",
                e.eventId(),
                e.title(),
                e.startsAt(),
                e.code(),
                true);
    }

    @ApplicationModuleListener
    void on(SignUpWaitlisted e) {
        notify(
                "signup-waitlisted:" + e.eventId() + ":" + e.accountId() + ":"
                        + e.signedUpAt().toEpochMilli(),
                e.accountId(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "signupWaitlisted",
                e.eventId(),
                e.title(),
                e.startsAt(),
                Integer.toString(e.position()));
    }

    @ApplicationModuleListener
    void on(WaitlistPromoted e) {
        notify(
                "waitlist-promoted:" + e.eventId() + ":" + e.accountId() + ":"
                        + e.signedUpAt().toEpochMilli(),
                e.accountId(),
                NotificationKind.WAITLIST_PROMOTION,
                "waitlistPromoted",
                e.eventId(),
                e.title(),
                e.startsAt(),
                e.code(),
                true);
    }

    @ApplicationModuleListener
    void on(EventCancelled e) {
        for (AccountId person : e.people()) {
            notify(
                    "event-cancelled:" + e.eventId() + ":" + person,
                    person,
                    NotificationKind.EVENT_REMINDER,
                    "eventCancelled",
                    e.eventId(),
                    e.title(),
                    e.startsAt(),
                    e.reason());
        }
    }

    private void notify(
            String key,
            AccountId to,
            NotificationKind kind,
            String mail,
            EventId event,
            String title,
            Instant startsAt,
            @Nullable String detail) {
        notify(key, to, kind, mail, event, title, startsAt, detail, false);
    }

    /** With {@code seat}, {@code detail} is the registration code and the mail shows its QR code. */
    private void notify(
            String key,
            AccountId to,
            NotificationKind kind,
            String mail,
            EventId event,
            String title,
            Instant startsAt,
            @Nullable String detail,
            boolean seat) {
        // the same address as the QR code on "My events": the organiser's camera opens check-in
        String qr = seat && detail != null
                ? center.absolute("/events/" + event.value() + "/check-in") + "?code=" + detail
                : null;
        center.deliver(
                new Notice(
                        to.value(),
                        kind,
                        key,
                        "mail." + mail + ".subject",
                        "mail." + mail + ".intro",
                        List.of(title, NotificationStore.WHEN, detail == null ? "" : detail),
                        startsAt,
                        "/events/" + event.value(),
                        "mail." + mail + ".outro"),
                qr);
    }
}
