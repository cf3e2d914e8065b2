package se.brobygge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.SignUpCodes;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;

/**
 * Signing up, waiting and cancelling. Every change to an event's seats happens while holding that
 * event's row lock, so the last seat goes to exactly one person, and the confirmed count and the
 * sign-ups never disagree. The unique key (event, person) makes a double click one sign-up.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SignUpService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final SignUpCodes codes;
    private final EventService eventService;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    SignUpService(EventRepository events, SignUpRepository signUps, SignUpCodes codes, EventService eventService,
            CurrentUser currentUser, Recipients recipients, ApplicationEventPublisher publisher, Clock clock) {
        this.recipients = recipients;
        this.events = events;
        this.signUps = signUps;
        this.codes = codes;
        this.eventService = eventService;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Takes a seat, or a place on the waitlist when the event is full. Signing up again while
     * signed up changes nothing.
     *
     * @throws InvalidInputException "event" when the event is cancelled, started or past its deadline
     */
    @Transactional
    public MySignUp signUp(EventId id) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value()).orElseThrow(() -> new InvalidInputException("event",
                "events.signup.unknown"));
        Instant now = clock.instant();
        if (event.status() != EventStatus.PUBLISHED) {
            throw new InvalidInputException("event", "events.signup.cancelled");
        }
        if (!now.isBefore(event.startsAt()) || event.signupDeadline() != null && now.isAfter(event.signupDeadline())) {
            throw new InvalidInputException("event", "events.signup.closed");
        }
        Optional<SignUpEntity> existing = signUps.find(id.value(), me.value());
        if (existing.isPresent() && existing.get().status() != SignUpStatus.CANCELLED) {
            return toMine(event, existing.get());
        }
        SignUpStatus status = event.hasFreeSeat() ? SignUpStatus.CONFIRMED : SignUpStatus.WAITING;
        if (status == SignUpStatus.CONFIRMED) {
            event.seatTaken();
        }
        SignUpEntity signUp;
        if (existing.isPresent()) {
            signUp = existing.get();
            signUp.rejoin(status, now);
        } else {
            signUp = new SignUpEntity(id.value(), me.value(), status, codes.next(), now);
        }
        try {
            signUp = signUps.saveAndFlush(signUp);
        } catch (DataIntegrityViolationException sameCodeOrSamePerson) {
            throw new IllegalStateException("Sign-up could not be stored; nothing changed", sameCodeOrSamePerson);
        }
        MySignUp mine = toMine(event, signUp);
        if (status == SignUpStatus.CONFIRMED) {
            publisher.publishEvent(new SignUpConfirmed(me, id, event.title(), event.startsAt(), signUp.code(),
                    signUp.createdAt()));
        } else {
            publisher.publishEvent(new SignUpWaitlisted(me, id, event.title(), event.startsAt(),
                    mine.waitlistPosition() == null ? 0 : mine.waitlistPosition(), signUp.createdAt()));
        }
        return mine;
    }

    /** Gives up a seat or a place in line; the first person waiting gets the seat and is told. */
    @Transactional
    public void cancel(EventId id) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value()).orElseThrow();
        Optional<SignUpEntity> found = signUps.find(id.value(), me.value());
        if (found.isEmpty() || found.get().status() == SignUpStatus.CANCELLED) {
            return;
        }
        SignUpEntity signUp = found.get();
        boolean hadSeat = signUp.status() == SignUpStatus.CONFIRMED;
        signUp.change(SignUpStatus.CANCELLED, clock.instant());
        if (hadSeat) {
            event.seatFreed();
            promoteWaiting(event);
        }
    }

    private void promoteWaiting(EventEntity event) {
        while (event.hasFreeSeat() && event.status() == EventStatus.PUBLISHED) {
            List<SignUpEntity> next = signUps.waiting(event.id().value(), PageRequest.of(0, 1));
            if (next.isEmpty()) {
                return;
            }
            SignUpEntity promoted = next.getFirst();
            promoted.change(SignUpStatus.CONFIRMED, clock.instant());
            event.seatTaken();
            publisher.publishEvent(new WaitlistPromoted(new AccountId(promoted.accountId()), event.id(),
                    event.title(), event.startsAt(), promoted.code(), promoted.createdAt()));
        }
    }

    @Transactional(readOnly = true)
    public Optional<MySignUp> mine(EventId id) {
        AccountId me = currentUser.require();
        return events.findById(id.value()).flatMap(event -> signUps.find(id.value(), me.value())
                .filter(s -> s.status() != SignUpStatus.CANCELLED).map(s -> toMine(event, s)));
    }

    /** My sign-ups and waitlist places, soonest first. */
    @Transactional(readOnly = true)
    public List<MySignUp> mine() {
        AccountId me = currentUser.require();
        return signUps.activeOf(me.value()).stream()
                .map(s -> events.findById(s.eventId()).map(e -> toMine(e, s)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((MySignUp m) -> m.event().startsAt()))
                .toList();
    }

    /** Who is coming: for the event's organiser and staff only. */
    @Transactional(readOnly = true)
    public List<Attendee> attendees(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        List<SignUpEntity> active = signUps.activeAt(id.value());
        var names = recipients.displayNames(active.stream().map(s -> new AccountId(s.accountId())).toList());
        return active.stream().map(s -> toAttendee(s, names.getOrDefault(new AccountId(s.accountId()), "?")))
                .toList();
    }

    /**
     * Records that the person with this registration code came. Only the organiser and staff may.
     *
     * @throws InvalidInputException "code" when no confirmed sign-up of this event has the code
     */
    @Transactional
    public Attendee checkIn(EventId id, String code) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        String normalised = code.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "").replace("-", "");
        SignUpEntity signUp = signUps.findByCode(id.value(), normalised)
                .filter(s -> s.status() == SignUpStatus.CONFIRMED)
                .orElseThrow(() -> new InvalidInputException("code", "events.checkin.unknownCode"));
        signUp.checkIn(clock.instant());
        return toAttendee(signUp);
    }

    /**
     * The attendee list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read å, ä, ö
     * and Arabic names right): name, code, status, signed up, checked in. Organiser and staff only.
     */
    @Transactional(readOnly = true)
    public byte[] attendeesCsv(EventId id, java.util.Locale locale) {
        List<Attendee> attendees = attendees(id);
        StringBuilder out = new StringBuilder("\uFEFF");
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.EXCEL)) {
            printer.printRecord("name", "code", "status", "signed_up", "checked_in");
            for (Attendee a : attendees) {
                printer.printRecord(a.displayName(), a.code(), a.status(),
                        se.brobygge.shared.i18n.Formats.dateTime(a.signedUpAt(), locale),
                        a.checkedInAt() == null ? "" : se.brobygge.shared.i18n.Formats.dateTime(a.checkedInAt(), locale));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Ticks a name on the list, or unticks it after a mistake. */
    @Transactional
    public Attendee setCheckedIn(EventId id, String code, boolean present) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        eventService.requireOrganiserOrStaff(event);
        SignUpEntity signUp = signUps.findByCode(id.value(), code).orElseThrow();
        if (present) {
            signUp.checkIn(clock.instant());
        } else {
            signUp.undoCheckIn();
        }
        return toAttendee(signUp);
    }

    private Attendee toAttendee(SignUpEntity s) {
        return toAttendee(s, recipients.of(new AccountId(s.accountId())).map(Recipients.Recipient::displayName)
                .orElse("?"));
    }

    private static Attendee toAttendee(SignUpEntity s, String displayName) {
        return new Attendee(displayName, s.status(), s.code(), s.createdAt(), s.checkedInAt());
    }

    private MySignUp toMine(EventEntity event, SignUpEntity signUp) {
        Integer position = signUp.status() == SignUpStatus.WAITING
                ? (int) signUps.positionInLine(event.id().value(), signUp.createdAt(), signUp.id())
                : null;
        return new MySignUp(event.toSummary(), signUp.status(), signUp.code(), position);
    }
}
