package se.brobygge.employers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.ContactEntity;
import se.brobygge.employers.internal.ContactRepository;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.EmployerEntity;
import se.brobygge.employers.internal.EmployerRepository;
import se.brobygge.employers.internal.OutcomeEntity;
import se.brobygge.employers.internal.OutcomeRepository;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.SessionSeats;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Näringslivsupprop: staff create sessions (or a series) with seat quotas per role; people register
 * in a role; afterwards contacts and outcomes are recorded and reported. Registrations of one
 * session take turns on the session's row lock, so a role's last seat goes to exactly one person.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionService {

    /** Small rooms, small tables: the model is about 40 seats. */
    public static final int MAX_SEATS = 60;

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final EmployerRepository employers;
    private final ContactRepository contacts;
    private final OutcomeRepository outcomes;
    private final EmployerAccess access;
    private final SessionSeats seats;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final se.brobygge.shared.audit.AccessAudit audit;

    SessionService(
            SessionRepository sessions,
            ParticipantRepository participants,
            EmployerRepository employers,
            ContactRepository contacts,
            OutcomeRepository outcomes,
            EmployerAccess access,
            SessionSeats seats,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock,
            se.brobygge.shared.audit.AccessAudit audit) {
        this.audit = audit;
        this.sessions = sessions;
        this.participants = participants;
        this.employers = employers;
        this.contacts = contacts;
        this.outcomes = outcomes;
        this.access = access;
        this.seats = seats;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Creates a session, or a series of sessions sharing a series key.
     *
     * @throws InvalidInputException quotas over the seats, times in the past, ...; nothing saved
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public List<SessionId> create(SessionDraft draft) {
        validate(draft);
        String series = draft.repeat() > 1 ? UUID.randomUUID().toString() : null;
        List<SessionId> created = new ArrayList<>();
        for (int i = 0; i < draft.repeat(); i++) {
            LocalDateTime start = draft.startsAt().plusWeeks((long) i * draft.intervalWeeks());
            LocalDateTime end = draft.endsAt().plusWeeks((long) i * draft.intervalWeeks());
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
                    draft.seats(),
                    draft.quotas(),
                    currentUser.require().value(),
                    clock.instant());
            session = sessions.saveAndFlush(session);
            session.linkEvent(seats.createEvent(session, draft, start, end, deadline));
            created.add(session.id());
        }
        return created;
    }

    @Transactional(readOnly = true)
    public List<Session> upcoming() {
        return sessions.upcoming(clock.instant()).stream().map(this::toRecord).toList();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Session> past() {
        return sessions.past(clock.instant()).stream().map(this::toRecord).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(SessionId id) {
        return sessions.findById(id.value()).map(this::toRecord);
    }

    /** The sessions of the series, in order (just this one when it is not part of a series). */
    @Transactional(readOnly = true)
    public List<Session> series(SessionId id) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        return session.seriesKey() == null
                ? List.of(toRecord(session))
                : sessions.series(session.seriesKey()).stream()
                        .map(this::toRecord)
                        .toList();
    }

    /**
     * Registers me in a role: a seat of that role's quota, else that role's waitlist. Companies
     * register on behalf of an employer they represent. Registering again changes nothing.
     *
     * @throws InvalidInputException "session" when registration has closed; "employer" when a company has none
     */
    @Transactional
    public Participant register(SessionId id, ParticipantRole role, @Nullable EmployerId employerId) {
        long me = currentUser.require().value();
        SessionEntity session = sessions.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("session", "employers.register.unknown"));
        Instant now = clock.instant();
        if (!now.isBefore(session.startsAt())
                || session.signupDeadline() != null && now.isAfter(session.signupDeadline())) {
            throw new InvalidInputException("session", "employers.register.closed");
        }
        Long employer = null;
        if (role.representsEmployer()) {
            if (employerId == null) {
                if (role == ParticipantRole.COMPANY) {
                    throw new InvalidInputException("employer", "employers.register.employerRequired");
                }
            } else {
                access.requireRepresentative(employerId.value());
                employer = employerId.value();
            }
        }
        if (session.quota(role) == 0) {
            throw new InvalidInputException("role", "employers.register.noSeatsForRole");
        }
        Optional<ParticipantEntity> existing = participants.find(id.value(), me);
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
            return toParticipant(existing.get(), names(List.of(existing.get())));
        }
        RegistrationStatus status = seats.signUp(session, role);
        ParticipantEntity participant = existing.orElse(null);
        if (participant == null) {
            participant = new ParticipantEntity(id.value(), me, role, employer, status, now);
        } else {
            participant.rejoin(role, employer, status, now);
        }
        participant = participants.saveAndFlush(participant);
        publisher.publishEvent(new NotificationRequested(
                me,
                NotificationKind.EMPLOYER_SESSION,
                "employers-registered-" + id.value() + "-" + me + "-" + now.toEpochMilli(),
                "employers.notify.registered.subject",
                status == RegistrationStatus.CONFIRMED
                        ? "employers.notify.registered.body"
                        : "employers.notify.waiting.body",
                List.of(session.theme()),
                session.startsAt(),
                "/employer-sessions/" + id.value()));
        return toParticipant(participant, names(List.of(participant)));
    }

    /**
     * Gives up my seat or place in line; the first waiting in the same role gets the seat (the events
     * engine promotes and tells them; {@code SessionSeats} mirrors it here).
     */
    @Transactional
    public void cancel(SessionId id) {
        long me = currentUser.require().value();
        SessionEntity session = sessions.lockById(id.value()).orElseThrow();
        Optional<ParticipantEntity> found = participants.find(id.value(), me);
        if (found.isEmpty() || found.get().status() == RegistrationStatus.CANCELLED) {
            return;
        }
        ParticipantEntity mine = found.get();
        boolean hadSeat = mine.status() == RegistrationStatus.CONFIRMED;
        mine.change(RegistrationStatus.CANCELLED);
        seats.cancel(session);
        if (hadSeat && session.eventId() == null) {
            // imported sessions without an event: the first waiting in the same role gets the seat
            participants.waiting(id.value(), mine.role(), PageRequest.of(0, 1)).stream()
                    .findFirst()
                    .ifPresent(next -> next.change(RegistrationStatus.CONFIRMED));
        }
    }

    @Transactional(readOnly = true)
    public Optional<Participant> mine(SessionId id) {
        long me = currentUser.require().value();
        return participants
                .find(id.value(), me)
                .filter(p -> p.status() != RegistrationStatus.CANCELLED)
                .map(p -> toParticipant(p, names(List.of(p))));
    }

    /** Everyone registered or waiting: staff only, recorded in the staff-access audit. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public List<Participant> participants(SessionId id) {
        audit.record(new se.brobygge.shared.audit.StaffAccess(
                currentUser.require().value(),
                se.brobygge.shared.audit.AccessKind.PROFILE_READ,
                null,
                "employers:participants:" + id.value(),
                "/employer-sessions/" + id.value() + "/report"));
        List<ParticipantEntity> active = participants.activeAt(id.value());
        Map<AccountId, String> names = names(active);
        return active.stream().map(p -> toParticipant(p, names)).toList();
    }

    /**
     * After the session: I (or staff, for anyone) record that {@code from} wants to talk further
     * with {@code to}. Both must have had a seat.
     */
    @Transactional
    public void recordContact(SessionId id, long fromAccountId, long toAccountId) {
        long me = currentUser.require().value();
        if (fromAccountId != me && !access.isStaff()) {
            throw new AccessDeniedException("Only staff record contacts for others");
        }
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        if (clock.instant().isBefore(session.startsAt())) {
            throw new InvalidInputException("contact", "employers.contact.beforeSession");
        }
        if (fromAccountId == toAccountId || !hadSeat(id, fromAccountId) || !hadSeat(id, toAccountId)) {
            throw new InvalidInputException("contact", "employers.contact.notParticipant");
        }
        if (contacts.find(id.value(), fromAccountId, toAccountId).isEmpty()) {
            contacts.save(new ContactEntity(id.value(), fromAccountId, toAccountId, me, clock.instant()));
        }
    }

    /** Contacts of the session: staff see all; a participant those made by or with them. */
    @Transactional(readOnly = true)
    public List<Contact> contacts(SessionId id) {
        long me = currentUser.require().value();
        List<ContactEntity> all = contacts.ofSession(id.value()).stream()
                .filter(c -> access.isStaff() || c.fromAccount() == me || c.toAccount() == me)
                .toList();
        Map<AccountId, String> names = recipients.displayNames(all.stream()
                .flatMap(c -> java.util.stream.Stream.of(new AccountId(c.fromAccount()), new AccountId(c.toAccount())))
                .toList());
        return all.stream()
                .map(c -> new Contact(
                        c.fromAccount(),
                        names.getOrDefault(new AccountId(c.fromAccount()), "?"),
                        c.toAccount(),
                        names.getOrDefault(new AccountId(c.toAccount()), "?")))
                .toList();
    }

    /**
     * Records an outcome for a participant: by staff, or by the person themself.
     *
     * @throws InvalidInputException "occurredOn" when dated before the session or in the future
     */
    @Transactional
    public void recordOutcome(
            SessionId id, long accountId, @Nullable OutcomeKind kind, @Nullable LocalDate occurredOn) {
        long me = currentUser.require().value();
        if (accountId != me && !access.isStaff()) {
            throw new AccessDeniedException("Only staff record outcomes for others");
        }
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "employers.validation.required"));
        }
        LocalDate sessionDay = LocalDate.ofInstant(session.startsAt(), Formats.MUNICIPALITY_ZONE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        if (occurredOn == null) {
            errors.add(new FieldError("occurredOn", "employers.validation.required"));
        } else if (occurredOn.isBefore(sessionDay)) {
            errors.add(new FieldError("occurredOn", "employers.validation.outcomeBeforeSession"));
        } else if (occurredOn.isAfter(today)) {
            errors.add(new FieldError("occurredOn", "employers.validation.outcomeInFuture"));
        }
        if (!hadSeat(id, accountId)) {
            errors.add(new FieldError("person", "employers.contact.notParticipant"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        outcomes.save(new OutcomeEntity(id.value(), accountId, kind, occurredOn, me, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Outcome> outcomes(SessionId id) {
        long me = currentUser.require().value();
        List<OutcomeEntity> all = outcomes.ofSession(id.value()).stream()
                .filter(o -> access.isStaff() || o.accountId() == me)
                .toList();
        Map<AccountId, String> names = recipients.displayNames(
                all.stream().map(o -> new AccountId(o.accountId())).toList());
        return all.stream()
                .map(o -> new Outcome(
                        o.accountId(), names.getOrDefault(new AccountId(o.accountId()), "?"), o.kind(), o.occurredOn()))
                .toList();
    }

    /** Counts per role and per outcome for each session of the series (one when not a series), oldest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<SessionReport> report(SessionId id) {
        List<Session> series = series(id);
        List<Long> ids = series.stream().map(s -> s.id().value()).toList();
        List<ParticipantEntity> seated = participants.confirmedAtAny(ids);
        List<OutcomeEntity> all = outcomes.ofSessions(ids);
        List<ContactEntity> made = contacts.ofSessions(ids);
        List<SessionReport> reports = new ArrayList<>();
        for (Session s : series) {
            long sid = s.id().value();
            Map<Long, ParticipantRole> roleOf = new HashMap<>();
            Map<ParticipantRole, Integer> perRole = new EnumMap<>(ParticipantRole.class);
            seated.stream().filter(p -> p.sessionId() == sid).forEach(p -> {
                roleOf.put(p.accountId(), p.role());
                perRole.merge(p.role(), 1, Integer::sum);
            });
            Map<OutcomeKind, Integer> perKind = new EnumMap<>(OutcomeKind.class);
            Map<ParticipantRole, Integer> outcomesByRole = new EnumMap<>(ParticipantRole.class);
            all.stream().filter(o -> o.sessionId() == sid).forEach(o -> {
                perKind.merge(o.kind(), 1, Integer::sum);
                ParticipantRole role = roleOf.get(o.accountId());
                if (role != null) {
                    outcomesByRole.merge(role, 1, Integer::sum);
                }
            });
            int contactCount =
                    (int) made.stream().filter(c -> c.sessionId() == sid).count();
            reports.add(
                    new SessionReport(s.id(), s.theme(), s.startsAt(), perRole, contactCount, perKind, outcomesByRole));
        }
        return reports;
    }

    boolean hadSeat(SessionId id, long accountId) {
        return participants
                .find(id.value(), accountId)
                .filter(p -> p.status() == RegistrationStatus.CONFIRMED)
                .isPresent();
    }

    Session toRecord(SessionEntity s) {
        Map<ParticipantRole, Integer> taken = new EnumMap<>(ParticipantRole.class);
        participants.confirmedAt(s.id().value()).forEach(p -> taken.merge(p.role(), 1, Integer::sum));
        return s.toRecord(taken);
    }

    Map<AccountId, String> names(List<ParticipantEntity> list) {
        return recipients.displayNames(
                list.stream().map(p -> new AccountId(p.accountId())).toList());
    }

    Participant toParticipant(ParticipantEntity p, Map<AccountId, String> names) {
        String organisation = p.employerId() == null
                ? null
                : employers.findById(p.employerId()).map(EmployerEntity::name).orElse(null);
        return new Participant(
                p.accountId(),
                names.getOrDefault(new AccountId(p.accountId()), "?"),
                p.role(),
                p.employerId() == null ? null : new EmployerId(p.employerId()),
                organisation,
                p.status(),
                p.tableNo());
    }

    private void validate(SessionDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.theme().strip().length() < 3 || d.theme().strip().length() > 150) {
            errors.add(new FieldError("theme", "employers.validation.theme"));
        }
        if (d.description().length() > 5000) {
            errors.add(new FieldError("description", "employers.validation.long"));
        }
        if (d.placeId() == null) {
            errors.add(new FieldError("placeId", "employers.validation.place"));
        }
        if (d.startsAt() == null) {
            errors.add(new FieldError("startsAt", "employers.validation.required"));
        } else if (instant(d.startsAt()).isBefore(clock.instant())) {
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

    private static Instant instant(LocalDateTime local) {
        return local.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
