package se.brobygge.employers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.employers.internal.EmployerAccess;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRecords;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.SessionSeats;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Registration for a session: people register in a role, on a seat of that role's quota or else on
 * its waitlist. Registrations of one session take turns on the session's row lock, so a role's last
 * seat goes to exactly one person.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SessionRegistrationService {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final SessionRecords records;
    private final EmployerAccess access;
    private final SessionSeats seats;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final AccessAudit audit;
    private final Clock clock;

    SessionRegistrationService(
            SessionRepository sessions,
            ParticipantRepository participants,
            SessionRecords records,
            EmployerAccess access,
            SessionSeats seats,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            AccessAudit audit,
            Clock clock) {
        this.sessions = sessions;
        this.participants = participants;
        this.records = records;
        this.access = access;
        this.seats = seats;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers me in a role: a seat of that role's quota, else that role's waitlist. Companies
     * register on behalf of an employer they represent. Registering again changes nothing.
     *
     * @throws InvalidInputException "session" when registration has closed; "employer" when a company has none
     */
    @Transactional
    public Participant register(SessionId id, ParticipantRole role, @Nullable EmployerId employerId) {
        AccountId me = currentUser.require();
        SessionEntity session = sessions.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("session", "employers.register.unknown"));
        Instant now = clock.instant();
        if (!now.isBefore(session.startsAt())
                || session.signupDeadline() != null && now.isAfter(session.signupDeadline())) {
            throw new InvalidInputException("session", "employers.register.closed");
        }
        if (session.cancelled()) {
            throw new InvalidInputException("session", "employers.register.cancelled");
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
        Optional<ParticipantEntity> existing = participants.find(id.value(), me.value());
        if (existing.isPresent() && existing.get().status() != RegistrationStatus.CANCELLED) {
            return records.toParticipant(existing.get(), records.names(List.of(existing.get())));
        }
        RegistrationStatus status = seats.signUp(session, role);
        ParticipantEntity participant = existing.orElse(null);
        if (participant == null) {
            participant = new ParticipantEntity(id.value(), me.value(), role, employer, status, now);
        } else {
            participant.rejoin(role, employer, status, now);
        }
        participant = participants.saveAndFlush(participant);
        publisher.publishEvent(new NotificationRequested(
                me.value(),
                NotificationKind.EMPLOYER_SESSION,
                "employers-registered-" + id.value() + "-" + me.value() + "-" + now.toEpochMilli(),
                "employers.notify.registered.subject",
                status == RegistrationStatus.CONFIRMED
                        ? "employers.notify.registered.body"
                        : "employers.notify.waiting.body",
                List.of(session.theme()),
                session.startsAt(),
                "/employer-sessions/" + id.value()));
        return records.toParticipant(participant, records.names(List.of(participant)));
    }

    /**
     * Gives up my seat or place in line; the first waiting in the same role gets the seat (the events
     * engine promotes and tells them; {@code SessionSeats} mirrors it here).
     */
    @Transactional
    public void cancel(SessionId id) {
        AccountId me = currentUser.require();
        SessionEntity session = sessions.lockById(id.value()).orElseThrow();
        Optional<ParticipantEntity> found = participants.find(id.value(), me.value());
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
        AccountId me = currentUser.require();
        return participants
                .find(id.value(), me.value())
                .filter(p -> p.status() != RegistrationStatus.CANCELLED)
                .map(p -> records.toParticipant(p, records.names(List.of(p))));
    }

    /** Everyone registered or waiting: staff only, recorded in the staff-access audit. */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    @Transactional
    public List<Participant> participants(SessionId id) {
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.PROFILE_READ,
                null,
                "employers:participants:" + id.value(),
                "/employer-sessions/" + id.value() + "/report"));
        List<ParticipantEntity> active = participants.activeAt(id.value());
        Map<AccountId, String> names = records.names(active);
        return active.stream().map(p -> records.toParticipant(p, names)).toList();
    }
}
