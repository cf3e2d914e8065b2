package se.brobygge.employers.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SeatQuota;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.events.WaitlistPromoted;
import se.brobygge.places.PlaceId;

/**
 * The one place where sessions meet the events module's sign-up engine: each session is an event
 * whose seats are kept per role (a hard quota per role, never released), so the engine settles the
 * last seat of a role, keeps a waitlist per role and promotes within the role. This module mirrors
 * the outcome in its participant rows (role, employer, table).
 */
@Component
public class SessionSeats {

    private final EventEditingService events;
    private final SignUpService signUps;
    private final SessionRepository sessions;
    private final ParticipantRepository participants;

    SessionSeats(
            EventEditingService events,
            SignUpService signUps,
            SessionRepository sessions,
            ParticipantRepository participants) {
        this.events = events;
        this.signUps = signUps;
        this.sessions = sessions;
        this.participants = participants;
    }

    /** Creates the event that holds the session's seats, a quota per role; returns its id. */
    public long createEvent(
            SessionEntity session, LocalDateTime start, LocalDateTime end, @Nullable LocalDateTime deadline) {
        return events.create(event(session, start, end, deadline)).value();
    }

    /**
     * Gives the session's event its new time, place and texts. The events module tells everyone
     * signed up or waiting when the time or place moved, as for any event.
     */
    public void changeEvent(
            SessionEntity session, LocalDateTime start, LocalDateTime end, @Nullable LocalDateTime deadline) {
        if (session.eventId() != null) {
            events.update(new EventId(session.eventId()), event(session, start, end, deadline));
        }
    }

    /** Cancels the session's event: the events module tells everyone signed up or waiting, with the reason. */
    public void cancelEvent(SessionEntity session, String reason) {
        if (session.eventId() != null) {
            events.cancel(new EventId(session.eventId()), reason);
        }
    }

    private static EventDraft event(
            SessionEntity session, LocalDateTime start, LocalDateTime end, @Nullable LocalDateTime deadline) {
        List<SeatQuota> quotas = new ArrayList<>();
        session.quotas().forEach((role, seats) -> {
            if (seats > 0) {
                quotas.add(new SeatQuota(role.name(), seats, null));
            }
        });
        return EventDraft.builder()
                .title(session.theme())
                .description(session.description())
                .titleTranslations(session.themeTranslations())
                .descriptionTranslations(session.descriptionTranslations())
                .placeId(session.placeId() == null ? null : new PlaceId(session.placeId()))
                .startsAt(start)
                .endsAt(end)
                .category(Category.MEETUP)
                .audience(Audience.EVERYONE)
                .languages(Set.of("sv"))
                .capacity(session.seats())
                .signupDeadline(deadline)
                .quotas(quotas)
                .build();
    }

    /**
     * Signs the current user up in the session's event in the role's group: a seat of the role's
     * quota, else the role's waitlist. Sessions without an event (imported history) keep their own
     * count: a seat while the role has one left.
     */
    public RegistrationStatus signUp(SessionEntity session, ParticipantRole role) {
        if (session.eventId() == null) {
            return participants.confirmed(session.id().value(), role) < session.quota(role)
                    ? RegistrationStatus.CONFIRMED
                    : RegistrationStatus.WAITING;
        }
        MySignUp mine = signUps.signUp(new EventId(session.eventId()), role.name());
        return mine.status() == SignUpStatus.CONFIRMED ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
    }

    /** Gives up the current user's seat; the events engine promotes the next in the same role. */
    public void cancel(SessionEntity session) {
        if (session.eventId() != null) {
            signUps.cancel(new EventId(session.eventId()));
        }
    }

    /** A seat went to someone waiting: in the same transaction, their registration gets the seat too. */
    @EventListener
    void on(WaitlistPromoted promoted) {
        sessions.findByEventId(promoted.eventId().value())
                .flatMap(s ->
                        participants.find(s.id().value(), promoted.accountId().value()))
                .filter(p -> p.status() == RegistrationStatus.WAITING)
                .ifPresent(p -> p.change(RegistrationStatus.CONFIRMED));
    }
}
