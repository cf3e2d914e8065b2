package se.brobygge.events.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.events.EventStatus;
import se.brobygge.events.SignUpStatus;
import se.brobygge.events.WaitlistPromoted;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.InvalidInputException;

/**
 * Hands out seats. Callers hold the event's row lock. Shared by sign-up, approval, cancellation,
 * a larger capacity and the release of kept seats, so the rules live in one place.
 */
@Component
public class Seating {

    private static final int WAITLIST_BATCH = 500;

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Seating(
            EventRepository events,
            SignUpRepository signUps,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.events = events;
        this.signUps = signUps;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    public SeatPlan plan(EventEntity event) {
        return SeatPlan.of(event, signUps, clock.instant());
    }

    /**
     * Seats the person's whole party if it fits; else puts them in line. General seats are not
     * taken while anyone is in line: they are held for the party first in line (decision 0044).
     */
    public SignUpStatus seatOrQueue(EventEntity event, SignUpEntity signUp) {
        SeatPlan plan = plan(event);
        Optional<SeatPlan.Seat> seat = plan.seatFor(signUp.groupCode(), signUp.partySize());
        if (seat.isPresent() && plan.keptFree(signUp.groupCode()) < signUp.partySize() && anyoneWaiting(event)) {
            seat = Optional.empty(); // the general seats are held for the party first in line
        }
        if (seat.isPresent()) {
            signUp.seat(seat.get().group(), clock.instant());
            event.seatsTaken(signUp.partySize());
            return SignUpStatus.CONFIRMED;
        }
        signUp.change(SignUpStatus.WAITING, clock.instant());
        return SignUpStatus.WAITING;
    }

    /**
     * Cancels a sign-up (a seat, a place in line or a wait for approval); a freed seat goes to the
     * first person waiting, who is told.
     */
    public void cancel(EventEntity event, SignUpEntity signUp) {
        boolean hadSeat = signUp.status() == SignUpStatus.CONFIRMED;
        signUp.change(SignUpStatus.CANCELLED, clock.instant());
        if (hadSeat) {
            event.seatsFreed(signUp.partySize());
            signUps.flush();
            promoteWaiting(event);
        }
    }

    /**
     * Changes who comes along with a person. A seated party grows only when the extra seats are
     * free (and nobody is in line for them); a smaller party frees seats for those waiting.
     *
     * @throws InvalidInputException "companions" when a seated party's extra seats are not free
     */
    public void changeParty(EventEntity event, SignUpEntity signUp, int adults, int children) {
        int extra = 1 + adults + children - signUp.partySize();
        if (signUp.status() != SignUpStatus.CONFIRMED || extra == 0) {
            signUp.bring(adults, children, clock.instant());
            return;
        }
        if (extra < 0) {
            signUp.bring(adults, children, clock.instant());
            event.seatsFreed(-extra);
            signUps.flush();
            promoteWaiting(event);
            return;
        }
        String group = signUp.seatGroup() != null ? signUp.seatGroup() : signUp.groupCode();
        SeatPlan.Seat seat = plan(event)
                .seatFor(group, extra, !anyoneWaiting(event))
                .orElseThrow(() -> new InvalidInputException("companions", "events.party.noSeats"));
        signUp.bring(adults, children, clock.instant());
        signUp.seat(seat.group() != null ? seat.group() : signUp.seatGroup(), clock.instant());
        event.seatsTaken(extra);
    }

    /** Whether anyone is in line: then the free general seats are held for the first party in it. */
    public boolean anyoneWaiting(EventEntity event) {
        return signUps.countByEventIdAndStatus(event.id().value(), SignUpStatus.WAITING) > 0;
    }

    /**
     * Seats parties from the waitlist in order, each only when the whole party fits, and tells
     * each one. The first party that does not fit holds the general seats: those behind it do not
     * overtake it there, only in kept seats of their own group (decision 0044).
     */
    public void promoteWaiting(EventEntity event) {
        if (event.status() != EventStatus.PUBLISHED || !clock.instant().isBefore(event.startsAt())) {
            return;
        }
        SeatPlan plan = plan(event);
        if (plan.full()) {
            return;
        }
        List<SignUpEntity> line = signUps.waiting(event.id().value(), PageRequest.of(0, WAITLIST_BATCH));
        Instant now = clock.instant();
        boolean generalOpen = true;
        for (SignUpEntity waiting : line) {
            if (plan.full()) {
                return;
            }
            Optional<SeatPlan.Seat> seat = plan.seatFor(waiting.groupCode(), waiting.partySize(), generalOpen);
            if (seat.isEmpty()) {
                generalOpen = false;
                continue;
            }
            waiting.seat(seat.get().group(), now);
            plan.take(seat.get(), waiting.partySize());
            event.seatsTaken(waiting.partySize());
            publisher.publishEvent(new WaitlistPromoted(
                    new AccountId(waiting.accountId()),
                    event.id(),
                    event.title(),
                    event.startsAt(),
                    waiting.code(),
                    waiting.createdAt()));
        }
    }

    /** The scheduled tick: once per tick across all nodes (ShedLock). */
    @SchedulerLock(name = "events.release-kept-seats", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${brobygge.events.release-check:PT5M}", initialDelayString = "PT1M")
    public void scheduled() {
        releaseKeptSeats();
    }

    /**
     * Kept seats are released at their time (e.g. two days before): people waiting then get them.
     * Runs every few minutes; each event is settled under its own row lock.
     */
    public void releaseKeptSeats() {
        for (Long id : events.withReleasedSeatsAndWaiting(clock.instant())) {
            transactions.executeWithoutResult(tx -> events.lockById(id).ifPresent(this::promoteWaiting));
        }
    }
}
