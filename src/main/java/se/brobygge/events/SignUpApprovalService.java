package se.brobygge.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Organisers;
import se.brobygge.events.internal.Seating;
import se.brobygge.events.internal.SignUpAnnouncements;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRecords;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;

/**
 * Sign-ups to events with approval on: the organiser (or staff) approves each one, which seats the
 * person or puts them in line, or declines it with a reason the person is told.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SignUpApprovalService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final Organisers organisers;
    private final SignUpRecords records;
    private final SignUpAnnouncements announcements;
    private final Seating seating;
    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;
    private final Clock clock;

    SignUpApprovalService(
            EventRepository events,
            SignUpRepository signUps,
            Organisers organisers,
            SignUpRecords records,
            SignUpAnnouncements announcements,
            Seating seating,
            ApplicationEventPublisher publisher,
            CurrentUser currentUser,
            Clock clock) {
        this.currentUser = currentUser;
        this.events = events;
        this.signUps = signUps;
        this.organisers = organisers;
        this.records = records;
        this.announcements = announcements;
        this.seating = seating;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Sign-ups waiting for approval, for the organiser and staff. */
    @Transactional(readOnly = true)
    public List<Attendee> pending(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        return records.withNames(signUps.pending(id.value()));
    }

    /** My upcoming events (I organise them) with sign-ups waiting for my approval, soonest first. */
    @Transactional(readOnly = true)
    public List<AwaitingApproval> awaitingMine() {
        AccountId me = currentUser.require();
        List<AwaitingApproval> awaiting = new ArrayList<>();
        for (Object[] row : signUps.pendingPerEventOf(me.value(), clock.instant())) {
            events.findById(((Number) row[0]).longValue())
                    .ifPresent(e -> awaiting.add(new AwaitingApproval(e.toSummary(), ((Number) row[1]).intValue())));
        }
        awaiting.sort(Comparator.comparing(a -> a.event().startsAt()));
        return awaiting;
    }

    /**
     * The organiser approves a sign-up: the person gets a seat, or a place on the waitlist when
     * the event is full, and is told either way.
     */
    @Transactional
    public Attendee approve(EventId id, String code) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        SignUpEntity signUp = signUps.findByCode(id.value(), code)
                .filter(s -> s.status() == SignUpStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("code", "events.approval.notPending"));
        SignUpStatus status = seating.seatOrQueue(event, signUp);
        signUps.flush();
        announcements.announce(
                event,
                signUp,
                status,
                status == SignUpStatus.WAITING
                        ? (int) signUps.positionInLine(id.value(), signUp.createdAt(), signUp.id())
                        : null);
        return records.toAttendee(signUp);
    }

    /** The organiser declines a sign-up, with a reason the person is told. */
    @Transactional
    public void decline(EventId id, String code, String reason) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "events.validation.reason");
        }
        SignUpEntity signUp = signUps.findByCode(id.value(), code)
                .filter(s -> s.status() == SignUpStatus.PENDING)
                .orElseThrow(() -> new InvalidInputException("code", "events.approval.notPending"));
        signUp.change(SignUpStatus.DECLINED, clock.instant());
        publisher.publishEvent(new NotificationRequested(
                signUp.accountId(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "signup-declined:" + signUp.id() + ":" + signUp.createdAt(),
                "events.notify.declined.subject",
                "events.notify.declined.body",
                List.of(event.title(), PlainText.text(reason)),
                event.startsAt(),
                "/events/" + event.id().value()));
    }
}
