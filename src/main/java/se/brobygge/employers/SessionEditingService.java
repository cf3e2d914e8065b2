package se.brobygge.employers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.SessionSeats;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.text.PlainText;

/**
 * Staff change a coming session (time, place, texts; seats and quotas stay) or cancel it. The event
 * that holds its seats changes with it, so the events module tells everyone signed up or waiting,
 * as it does for any moved or cancelled event: one path, the person's preferences and the outbox.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class SessionEditingService {

    private final SessionRepository sessions;
    private final SessionSeats seats;
    private final Clock clock;

    SessionEditingService(SessionRepository sessions, SessionSeats seats, Clock clock) {
        this.sessions = sessions;
        this.seats = seats;
        this.clock = clock;
    }

    /**
     * Changes the session's theme, description, place and times; seats, quotas and series in the
     * draft are ignored.
     *
     * @throws InvalidInputException field errors as when creating; "theme" when someone changed it
     *                               meanwhile; "startsAt" when it has started or was cancelled
     */
    @Transactional
    public void change(SessionId id, SessionDraft draft, long expectedVersion) {
        SessionEntity session = sessions.lockById(id.value()).orElseThrow();
        Instant now = clock.instant();
        requireChangeable(session, now);
        if (session.version() != expectedVersion) {
            throw new InvalidInputException("theme", "employers.validation.changedMeanwhile");
        }
        SessionDraft checked = SessionDraft.builder()
                .theme(draft.theme())
                .description(draft.description())
                .placeId(draft.placeId())
                .area(draft.area())
                .startsAt(draft.startsAt())
                .endsAt(draft.endsAt())
                .signupDeadline(draft.signupDeadline())
                .seats(session.seats())
                .quotas(session.quotas())
                .repeat(1)
                .intervalWeeks(1)
                .themeTranslations(draft.themeTranslations())
                .descriptionTranslations(draft.descriptionTranslations())
                .build();
        SessionService.validate(checked, now);
        LocalDateTime start = Objects.requireNonNull(checked.startsAt(), "validate() requires a start");
        LocalDateTime end = Objects.requireNonNull(checked.endsAt(), "validate() requires an end");
        LocalDateTime deadline = checked.signupDeadline();
        session.change(
                checked.theme().strip(),
                checked.description().strip(),
                checked.placeId(),
                SessionService.blank(checked.area()),
                SessionService.instant(start),
                SessionService.instant(end),
                deadline == null ? null : SessionService.instant(deadline));
        session.translate(draft.themeTranslations(), draft.descriptionTranslations());
        seats.changeEvent(session, start, end, deadline);
    }

    /**
     * Cancels a coming session; everyone signed up or waiting is told, with the reason. Cancelling
     * again changes nothing.
     *
     * @throws InvalidInputException "reason" when empty or over 500 characters; "startsAt" when it has started
     */
    @Transactional
    public void cancel(SessionId id, String reason) {
        String text = PlainText.text(reason).strip();
        if (text.isEmpty() || text.length() > 500) {
            throw new InvalidInputException("reason", "employers.validation.cancelReason");
        }
        SessionEntity session = sessions.lockById(id.value()).orElseThrow();
        if (session.cancelled()) {
            return;
        }
        requireChangeable(session, clock.instant());
        session.cancel(text, clock.instant());
        seats.cancelEvent(session, text);
    }

    private static void requireChangeable(SessionEntity session, Instant now) {
        if (session.cancelled()) {
            throw new InvalidInputException("startsAt", "employers.validation.cancelled");
        }
        if (!now.isBefore(session.startsAt())) {
            throw new InvalidInputException("startsAt", "employers.validation.started");
        }
    }
}
