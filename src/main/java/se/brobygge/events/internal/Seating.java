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

    /** Seats the person if a seat is free for their group; else puts them in line. */
    public SignUpStatus seatOrQueue(EventEntity event, SignUpEntity signUp) {
        SeatPlan plan = plan(event);
        Optional<SeatPlan.Seat> seat = plan.seatFor(signUp.groupCode());
        if (seat.isPresent()) {
            signUp.seat(seat.get().group(), clock.instant());
            event.seatTaken();
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
            event.seatFreed();
            signUps.flush();
            promoteWaiting(event);
        }
    }

    /**
     * Seats people from the waitlist, first come first served among those a free seat fits (a
     * kept seat only fits its group), and tells each one.
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
        for (SignUpEntity waiting : line) {
            if (plan.full()) {
                return;
            }
            Optional<SeatPlan.Seat> seat = plan.seatFor(waiting.groupCode());
            if (seat.isEmpty()) {
                continue;
            }
            waiting.seat(seat.get().group(), now);
            plan.take(seat.get());
            event.seatTaken();
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
