package se.brobygge.employers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.ContactEntity;
import se.brobygge.employers.internal.ContactRepository;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.OutcomeEntity;
import se.brobygge.employers.internal.OutcomeRepository;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRecords;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;

/**
 * After a session: who wants to talk further with whom, what came of it (a job, an internship...),
 * and the counts staff report.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionFollowUpService {

    private final SessionService sessions;
    private final SessionRepository sessionEntities;
    private final ParticipantRepository participants;
    private final ContactRepository contacts;
    private final OutcomeRepository outcomes;
    private final SessionRecords records;
    private final EmployerAccess access;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final Clock clock;

    SessionFollowUpService(
            SessionService sessions,
            SessionRepository sessionEntities,
            ParticipantRepository participants,
            ContactRepository contacts,
            OutcomeRepository outcomes,
            SessionRecords records,
            EmployerAccess access,
            CurrentUser currentUser,
            Recipients recipients,
            Clock clock) {
        this.sessions = sessions;
        this.sessionEntities = sessionEntities;
        this.participants = participants;
        this.contacts = contacts;
        this.outcomes = outcomes;
        this.records = records;
        this.access = access;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * After the session: I (or staff, for anyone) record that {@code from} wants to talk further
     * with {@code to}. Both must have had a seat.
     */
    @Transactional
    public void recordContact(SessionId id, AccountId fromAccountId, AccountId toAccountId) {
        AccountId me = currentUser.require();
        if (!fromAccountId.equals(me) && !access.isStaff()) {
            throw new AccessDeniedException("Only staff record contacts for others");
        }
        SessionEntity session = sessionEntities.findById(id.value()).orElseThrow();
        if (clock.instant().isBefore(session.startsAt())) {
            throw new InvalidInputException("contact", "employers.contact.beforeSession");
        }
        if (fromAccountId.equals(toAccountId)
                || !records.hadSeat(id, fromAccountId)
                || !records.hadSeat(id, toAccountId)) {
            throw new InvalidInputException("contact", "employers.contact.notParticipant");
        }
        if (contacts.find(id.value(), fromAccountId.value(), toAccountId.value())
                .isEmpty()) {
            contacts.save(new ContactEntity(
                    id.value(), fromAccountId.value(), toAccountId.value(), me.value(), clock.instant()));
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
                .flatMap(c -> Stream.of(new AccountId(c.fromAccount()), new AccountId(c.toAccount())))
                .toList());
        return all.stream()
                .map(c -> new Contact(
                        new AccountId(c.fromAccount()),
                        names.getOrDefault(new AccountId(c.fromAccount()), "?"),
                        new AccountId(c.toAccount()),
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
            SessionId id, AccountId accountId, @Nullable OutcomeKind kind, @Nullable LocalDate occurredOn) {
        AccountId me = currentUser.require();
        if (!accountId.equals(me) && !access.isStaff()) {
            throw new AccessDeniedException("Only staff record outcomes for others");
        }
        SessionEntity session = sessionEntities.findById(id.value()).orElseThrow();
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
        if (!records.hadSeat(id, accountId)) {
            errors.add(new FieldError("person", "employers.contact.notParticipant"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        outcomes.save(new OutcomeEntity(
                id.value(),
                accountId.value(),
                Objects.requireNonNull(kind, "a missing kind is an error above"),
                Objects.requireNonNull(occurredOn, "a missing date is an error above"),
                me.value(),
                clock.instant()));
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
                        new AccountId(o.accountId()),
                        names.getOrDefault(new AccountId(o.accountId()), "?"),
                        o.kind(),
                        o.occurredOn()))
                .toList();
    }

    /** Counts per role and per outcome for each session of the series (one when not a series), oldest first. */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<SessionReport> report(SessionId id) {
        List<Session> series = sessions.series(id);
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
}
