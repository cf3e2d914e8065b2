package se.brobygge.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Seating;
import se.brobygge.events.internal.SignUpAnnouncements;
import se.brobygge.events.internal.SignUpChoices;
import se.brobygge.events.internal.SignUpCodes;
import se.brobygge.events.internal.SignUpEntity;
import se.brobygge.events.internal.SignUpRecords;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.GuestAccounts;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.Secrets;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.ratelimit.ClientAddress;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.shared.text.PlainText;

/**
 * Signing up without an account: a guest gives a name and an e-mail address, and the link mailed
 * there confirms, shows and cancels the sign-up. The link is the guest's only key.
 */
@Service
@PreAuthorize("permitAll()")
public class GuestSignUpService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final SignUpCodes codes;
    private final SignUpRecords records;
    private final SignUpAnnouncements announcements;
    private final Seating seating;
    private final GuestAccounts guestAccounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final RateLimits rateLimits;

    GuestSignUpService(
            EventRepository events,
            SignUpRepository signUps,
            SignUpCodes codes,
            SignUpRecords records,
            SignUpAnnouncements announcements,
            Seating seating,
            GuestAccounts guestAccounts,
            ApplicationEventPublisher publisher,
            Clock clock,
            RateLimits rateLimits) {
        this.events = events;
        this.signUps = signUps;
        this.codes = codes;
        this.records = records;
        this.announcements = announcements;
        this.seating = seating;
        this.guestAccounts = guestAccounts;
        this.publisher = publisher;
        this.clock = clock;
        this.rateLimits = rateLimits;
    }

    /**
     * A guest signs up without an account: name and e-mail. Nothing takes effect until the guest
     * opens the link mailed to that address (which proves the address is theirs); the same link
     * cancels later. Asking again for the same event within ten minutes sends no second mail.
     *
     * @throws InvalidInputException "guestName", "guestEmail", or "event" when sign-up is closed
     */
    @Transactional
    public void requestAsGuest(EventId id, GuestSignUp guest) {
        List<FieldError> errors = new ArrayList<>();
        String name = PlainText.line(guest.name());
        if (name.length() < 2 || name.length() > 80) {
            errors.add(new FieldError("guestName", "events.guest.name"));
        }
        if (!GuestAccounts.validEmail(guest.email())) {
            errors.add(new FieldError("guestEmail", "events.guest.email"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EventEntity event = events.lockById(id.value())
                .orElseThrow(() -> new InvalidInputException("event", "events.signup.unknown"));
        Instant now = clock.instant();
        event.requireOpenForSignUp(now);
        String group = SignUpChoices.group(event, guest.request().group());
        List<String> answers = SignUpChoices.answers(event, guest.request().answers());
        ClientAddress.current()
                .ifPresent(address ->
                        rateLimits.acquire("sign-up", "guest:" + address, "guestEmail", "events.signup.rateLimited"));
        AccountId person = guestAccounts.findOrCreate(guest.email(), name, guest.language());
        Optional<SignUpEntity> existing = signUps.find(id.value(), person.value());
        if (existing.isPresent()
                && existing.get().status() == SignUpStatus.UNCONFIRMED
                && existing.get().updatedAt().isAfter(now.minus(Duration.ofMinutes(10)))) {
            return; // the mail is on its way
        }
        SignUpEntity signUp;
        if (existing.isEmpty()) {
            signUp = new SignUpEntity(id.value(), person.value(), SignUpStatus.UNCONFIRMED, codes.next(), now);
        } else if (existing.get().status().active()) {
            signUp = existing.get(); // already signed up: a fresh link to see or cancel it
        } else {
            signUp = existing.get();
            signUp.rejoin(SignUpStatus.UNCONFIRMED, now);
        }
        if (!signUp.status().active()) {
            signUp.describe(group, answers);
        }
        String secret = Secrets.newUrlToken();
        signUp.guestToken(Secrets.sha256Hex(secret));
        signUp = signUps.saveAndFlush(signUp);
        publisher.publishEvent(new NotificationRequested(
                person.value(),
                NotificationKind.SIGN_UP_CONFIRMATION,
                "guest-link:" + signUp.id() + ":" + now.toEpochMilli(),
                "events.notify.guest.subject",
                "events.notify.guest.body",
                List.of(event.title()),
                event.startsAt(),
                "/events/guest/" + secret));
    }

    /** What the guest's link shows: the event and the sign-up's state; empty for an unknown link. */
    @Transactional(readOnly = true)
    public Optional<MySignUp> asGuest(String secret) {
        return guestSignUp(secret).flatMap(s -> events.findById(s.eventId()).map(e -> records.toMine(e, s)));
    }

    /** The guest opened the link and confirms: a seat, the waitlist, or the organiser's approval. */
    @Transactional
    public MySignUp confirmAsGuest(String secret) {
        SignUpEntity found =
                guestSignUp(secret).orElseThrow(() -> new InvalidInputException("token", "events.guest.unknownLink"));
        EventEntity event = events.lockById(found.eventId()).orElseThrow();
        SignUpEntity signUp = signUps.findById(found.id()).orElseThrow();
        if (signUp.status() != SignUpStatus.UNCONFIRMED) {
            return records.toMine(event, signUp);
        }
        Instant now = clock.instant();
        event.requireOpenForSignUp(now);
        SignUpStatus status;
        if (event.approvalRequired()) {
            signUp.change(SignUpStatus.PENDING, now);
            status = SignUpStatus.PENDING;
        } else {
            status = seating.seatOrQueue(event, signUp);
        }
        signUps.flush();
        MySignUp mine = records.toMine(event, signUp);
        announcements.announce(event, signUp, status, mine.waitlistPosition());
        return mine;
    }

    /** The guest cancels from the link; the first person waiting gets the seat. */
    @Transactional
    public void cancelAsGuest(String secret) {
        SignUpEntity found =
                guestSignUp(secret).orElseThrow(() -> new InvalidInputException("token", "events.guest.unknownLink"));
        EventEntity event = events.lockById(found.eventId()).orElseThrow();
        SignUpEntity signUp = signUps.findById(found.id()).orElseThrow();
        if (!signUp.status().active() && signUp.status() != SignUpStatus.UNCONFIRMED) {
            return;
        }
        seating.cancel(event, signUp);
    }

    private Optional<SignUpEntity> guestSignUp(String secret) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return signUps.findByGuestToken(Secrets.sha256Hex(secret));
    }
}
