package se.brobygge.employers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRecords;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.SessionSeats;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;

/**
 * Näringslivsupprop: staff create sessions (or a series) with seat quotas per role; anyone signed
 * in sees the upcoming ones. Registration ({@link SessionRegistrationService}) and the follow-up
 * afterwards ({@link SessionFollowUpService}) have their own services.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionService {

    /** Small rooms, small tables: the model is about 40 seats. */
    public static final int MAX_SEATS = 60;

    private final SessionRepository sessions;
    private final SessionRecords records;
    private final SessionSeats seats;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionService(
            SessionRepository sessions,
            SessionRecords records,
            SessionSeats seats,
            CurrentUser currentUser,
            Clock clock) {
        this.sessions = sessions;
        this.records = records;
        this.seats = seats;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates a session, or a series of sessions sharing a series key.
     *
     * @throws InvalidInputException quotas over the seats, times in the past, ...; nothing saved
     */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public List<SessionId> create(SessionDraft draft) {
        validate(draft, clock.instant());
        LocalDateTime firstStart = Objects.requireNonNull(draft.startsAt(), "validate() requires a start");
        LocalDateTime firstEnd = Objects.requireNonNull(draft.endsAt(), "validate() requires an end");
        int seatCount = Objects.requireNonNull(draft.seats(), "validate() requires the seats");
        String series = draft.repeat() > 1 ? UUID.randomUUID().toString() : null;
        List<SessionId> created = new ArrayList<>();
        for (int i = 0; i < draft.repeat(); i++) {
            LocalDateTime start = firstStart.plusWeeks((long) i * draft.intervalWeeks());
            LocalDateTime end = firstEnd.plusWeeks((long) i * draft.intervalWeeks());
            LocalDateTime deadline = draft.signupDeadline() == null
                    ? null
                    : draft.signupDeadline().plusWeeks((long) i * draft.intervalWeeks());
            SessionEntity session = new SessionEntity(
                    draft.theme().strip(),
                    draft.description().strip(),
                    draft.placeId(),
                    blank(draft.area()),
                    instant(start),
                    instant(end),
                    deadline == null ? null : instant(deadline),
                    series,
                    seatCount,
                    draft.quotas(),
                    currentUser.require().value(),
                    clock.instant());
            session.translate(draft.themeTranslations(), draft.descriptionTranslations());
            session = sessions.saveAndFlush(session);
            session.linkEvent(seats.createEvent(session, start, end, deadline));
            created.add(session.id());
        }
        return created;
    }

    @Transactional(readOnly = true)
    public List<Session> upcoming() {
        return sessions.upcoming(clock.instant()).stream()
                .map(records::toRecord)
                .toList();
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<Session> past() {
        return sessions.past(clock.instant()).stream().map(records::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(SessionId id) {
        return sessions.findById(id.value()).map(records::toRecord);
    }

    /** The sessions of the series, in order (just this one when it is not part of a series). */
    @Transactional(readOnly = true)
    public List<Session> series(SessionId id) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        return session.seriesKey() == null
                ? List.of(records.toRecord(session))
                : sessions.series(session.seriesKey()).stream()
                        .map(records::toRecord)
                        .toList();
    }

    /** The draft's rules, checked against {@code now}; also for changing a session. */
    static void validate(SessionDraft d, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (d.theme().strip().length() < 3 || d.theme().strip().length() > 150) {
            errors.add(new FieldError("theme", "employers.validation.theme"));
        }
        if (d.description().length() > 5000) {
            errors.add(new FieldError("description", "employers.validation.long"));
        }
        // translations are optional; given ones follow the Swedish text's limits (field "theme.ar")
        PostingService.tooLong(errors, "theme", d.themeTranslations(), 150, "employers.validation.theme");
        PostingService.tooLong(errors, "description", d.descriptionTranslations(), 5000, "employers.validation.long");
        if (d.placeId() == null) {
            errors.add(new FieldError("placeId", "employers.validation.place"));
        }
        if (d.startsAt() == null) {
            errors.add(new FieldError("startsAt", "employers.validation.required"));
        } else if (instant(d.startsAt()).isBefore(now)) {
            errors.add(new FieldError("startsAt", "employers.validation.startInPast"));
        }
        if (d.endsAt() == null) {
            errors.add(new FieldError("endsAt", "employers.validation.required"));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldError("endsAt", "employers.validation.endBeforeStart"));
        }
        if (d.signupDeadline() != null
                && d.startsAt() != null
                && d.signupDeadline().isAfter(d.startsAt())) {
            errors.add(new FieldError("signupDeadline", "employers.validation.deadlineAfterStart"));
        }
        for (ParticipantRole role : ParticipantRole.values()) {
            int q = d.quotas().getOrDefault(role, 0);
            if (q < 0 || q > MAX_SEATS) {
                errors.add(new FieldError("quota." + role, "employers.validation.quota"));
            }
        }
        if (d.seats() == null || d.seats() < 2 || d.seats() > MAX_SEATS) {
            errors.add(new FieldError("seats", "employers.validation.seats"));
        } else if (d.quotaSum() > d.seats()) {
            errors.add(new FieldError("seats", "employers.validation.quotasOverSeats"));
        } else if (d.quotaSum() == 0) {
            errors.add(new FieldError("seats", "employers.validation.noQuotas"));
        }
        if (d.repeat() < 1 || d.repeat() > 12) {
            errors.add(new FieldError("repeat", "employers.validation.repeat"));
        }
        if (d.intervalWeeks() < 1 || d.intervalWeeks() > 12) {
            errors.add(new FieldError("intervalWeeks", "employers.validation.interval"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static Instant instant(LocalDateTime local) {
        return local.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
