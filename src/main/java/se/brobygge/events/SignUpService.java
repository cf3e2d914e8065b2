package se.brobygge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Reminders;
import se.brobygge.events.internal.Seating;
import se.brobygge.events.internal.SignUpAnnouncements;
import se.brobygge.events.internal.SignUpChoices;
import se.brobygge.events.internal.SignUpCodes;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRecords;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * Signing up, waiting and cancelling. Every change to an event's seats happens while holding that
 * event's row lock, so the last seat goes to exactly one person, and the confirmed count and the
 * sign-ups never disagree. The unique key (event, person) makes a double click one sign-up.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SignUpService {

    /** Choices offered for reminders, in hours before the event. */
    public static final List<Integer> REMINDER_CHOICES = List.of(1, 3, 24, 48, 168);

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final SignUpCodes codes;
    private final SignUpRecords records;
    private final SignUpAnnouncements announcements;
    private final CurrentUser currentUser;
    private final Seating seating;
    private final Reminders reminders;
    private final Clock clock;
    private final RateLimits rateLimits;

    SignUpService(
            EventRepository events,
            SignUpRepository signUps,
            SignUpCodes codes,
            SignUpRecords records,
            SignUpAnnouncements announcements,
            CurrentUser currentUser,
            Seating seating,
            Reminders reminders,
            Clock clock,
            RateLimits rateLimits) {
        this.events = events;
        this.signUps = signUps;
        this.codes = codes;
        this.records = records;
        this.announcements = announcements;
        this.currentUser = currentUser;
        this.seating = seating;
        this.reminders = reminders;
        this.clock = clock;
        this.rateLimits = rateLimits;
    }

    /**
     * Takes a seat, or a place on the waitlist when the event is full. Signing up again while
     * signed up changes nothing.
     *
     * @throws InvalidInputException "event" when the event is cancelled, started or past its deadline
     */
    @Transactional
    public MySignUp signUp(EventId id) {
        return signUp(id, SignUpRequest.PLAIN);
    }

    /** Signs up in a group: a kept seat of that group first (see {@link SeatQuota}), then a general seat. */
    @Transactional
    public MySignUp signUp(EventId id, String group) {
        return signUp(id, new SignUpRequest(group, List.of()));
    }

    /**
     * Signs up with a group and answers to the event's questions. With approval on, the sign-up
     * waits for the organiser; otherwise it takes a seat, or a place on the waitlist.
     *
     * @throws InvalidInputException "event" when the event is cancelled, started or past its
     *         deadline; "answers" when an answer is too long
     */
    @Transactional
    public MySignUp signUp(EventId id, SignUpRequest request) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("event", "events.signup.unknown"));
        Instant now = clock.instant();
        event.requireOpenForSignUp(now);
        List<String> answers = SignUpChoices.answers(event, request.answers());
        String group = SignUpChoices.group(event, request.group());
        SignUpChoices.requireParty(event, request.adults(), request.children());
        Optional<SignUpEntity> existing = signUps.find(id.value(), me.value());
        if (existing.isPresent() && existing.get().status().active()) {
            return records.toMine(event, existing.get());
        }
        rateLimits.acquire("sign-up", Long.toString(me.value()), "event", "events.signup.rateLimited");
        SignUpEntity signUp;
        if (existing.isPresent()) {
            signUp = existing.get();
            signUp.rejoin(SignUpStatus.PENDING, now);
        } else {
            signUp = new SignUpEntity(id.value(), me.value(), SignUpStatus.PENDING, codes.next(), now);
        }
        signUp.describe(group, answers);
        signUp.bring(request.adults(), request.children(), now);
        SignUpStatus status = event.approvalRequired() ? SignUpStatus.PENDING : seating.seatOrQueue(event, signUp);
        try {
            signUp = signUps.saveAndFlush(signUp);
        } catch (DataIntegrityViolationException sameCodeOrSamePerson) {
            throw new IllegalStateException("Sign-up could not be stored; nothing changed", sameCodeOrSamePerson);
        }
        MySignUp mine = records.toMine(event, signUp);
        announcements.announce(event, signUp, status, mine.waitlistPosition());
        return mine;
    }

    /** Gives up a seat or a place in line; the first person waiting gets the seat and is told. */
    @Transactional
    public void cancel(EventId id) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value()).orElseThrow();
        Optional<SignUpEntity> found = signUps.find(id.value(), me.value());
        if (found.isEmpty() || !found.get().status().active()) {
            return;
        }
        seating.cancel(event, found.get());
    }

    /**
     * Changes how many adults and children come with me. A seated party grows only into free
     * seats; a smaller party frees seats for those waiting.
     *
     * @throws InvalidInputException "companions" above the event's limit or when the extra seats
     *         are not free; "event" when the event is closed for sign-ups
     */
    @Transactional
    public MySignUp changeParty(EventId id, int adults, int children) {
        AccountId me = currentUser.require();
        EventEntity event = events.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("event", "events.signup.unknown"));
        event.requireOpenForSignUp(clock.instant());
        SignUpChoices.requireParty(event, adults, children);
        SignUpEntity signUp = signUps.find(id.value(), me.value())
                .filter(s -> s.status().active())
                .orElseThrow(() -> new InvalidInputException("event", "events.party.notSignedUp"));
        seating.changeParty(event, signUp, adults, children);
        signUps.flush();
        return records.toMine(event, signUp);
    }

    /** How long before my events I am reminded; empty: never. */
    @Transactional(readOnly = true)
    public Optional<Integer> reminderHours() {
        return reminders.hoursFor(currentUser.require().value());
    }

    /**
     * Sets how long before my events I am reminded (one of {@link #REMINDER_CHOICES}), or null for
     * no reminders.
     */
    @Transactional
    public void setReminderHours(@Nullable Integer hours) {
        if (hours != null && !REMINDER_CHOICES.contains(hours)) {
            throw new InvalidInputException("reminder", "events.reminder.invalid");
        }
        reminders.setHours(currentUser.require().value(), hours);
    }

    /** Free seats now, per group with kept seats and in general; for the event page. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SeatsLeft seatsLeft(EventId id) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        var plan = seating.plan(event);
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (SeatQuota quota : event.quotas()) {
            if (!quota.releasedBy(clock.instant())) {
                kept.put(quota.group(), plan.keptFree(quota.group()));
            }
        }
        if (event.capacity() == null) {
            return new SeatsLeft(null, kept);
        }
        // seats held for a party in line are not free to a newcomer: the page must not offer them
        return new SeatsLeft(seating.anyoneWaiting(event) ? 0 : plan.generalFree(), kept);
    }

    @Transactional(readOnly = true)
    public Optional<MySignUp> mine(EventId id) {
        AccountId me = currentUser.require();
        return events.findById(id.value())
                .flatMap(event -> signUps.find(id.value(), me.value())
                        .filter(s -> s.status().active())
                        .map(s -> records.toMine(event, s)));
    }

    /** My sign-ups and waitlist places, soonest first. */
    @Transactional(readOnly = true)
    public List<MySignUp> mine() {
        AccountId me = currentUser.require();
        return signUps.activeOf(me.value()).stream()
                .map(s -> events.findById(s.eventId()).map(e -> records.toMine(e, s)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((MySignUp m) -> m.event().startsAt()))
                .toList();
    }
}
