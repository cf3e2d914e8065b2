package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** The last seat is settled by the database: many people at once, never overbooked, none lost. */
@IntegrationTest
class SignUpConcurrencyIT {

    static final int PEOPLE = 200;
    static final int SEATS = 10;
    static final int ROUNDS = 20;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    static final List<TestAccounts.Created> people = new ArrayList<>();
    static TestAccounts.Created organiser;

    @BeforeEach
    void createPeopleOnce() {
        if (organiser == null) {
            organiser = accounts.create("Lina", Roles.STAFF);
            for (int i = 0; i < PEOPLE; i++) {
                people.add(accounts.create("Person " + i, Roles.RESIDENT));
            }
        }
    }

    @Test
    void twoHundredPeopleRaceForTenSeatsTwentyTimes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String title = "Språkcafé " + round;
                EventId event = as(organiser, Roles.STAFF, () -> editing.create(draft(title, SEATS)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MySignUp>> results = new ArrayList<>();
                for (TestAccounts.Created person : people) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return as(person, Roles.RESIDENT, () -> signUps.signUp(event));
                    }));
                }
                start.countDown();
                long confirmed = 0;
                long waiting = 0;
                for (Future<MySignUp> result : results) {
                    SignUpStatus status = result.get().status();
                    confirmed += status == SignUpStatus.CONFIRMED ? 1 : 0;
                    waiting += status == SignUpStatus.WAITING ? 1 : 0;
                }
                assertThat(confirmed).as("round " + round + " confirmed").isEqualTo(SEATS);
                assertThat(waiting).as("round " + round + " waiting").isEqualTo(PEOPLE - SEATS);
                assertThat(count(event, "CONFIRMED")).isEqualTo(SEATS);
                assertThat(count(event, "WAITING")).isEqualTo(PEOPLE - SEATS);
                assertThat(jdbc.queryForObject(
                                "select count(distinct account_id) from events_signup where event_id = ?",
                                Integer.class,
                                event.value()))
                        .as("one row per person")
                        .isEqualTo(PEOPLE);
                assertThat(jdbc.queryForObject(
                                "select confirmed_count from events_event where id = ?", Integer.class, event.value()))
                        .isEqualTo(SEATS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Parties of one to four race for seats, then half of them change their party or cancel at
     * once: the seats taken never pass the capacity and always equal the parties seated.
     */
    @Test
    void partiesWithCompanionsRacingNeverOverbook() throws Exception {
        int seats = 25;
        // people of their own: the race above uses the 200's whole allowance of sign-ups (rate limit)
        List<TestAccounts.Created> family = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            family.add(accounts.create("Familj " + i, Roles.RESIDENT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                String title = "Familjedag " + round;
                EventId event = as(
                        organiser,
                        Roles.STAFF,
                        () -> editing.create(
                                draft(title, seats).toBuilder().companionsMax(3).build()));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MySignUp>> results = new ArrayList<>();
                for (int i = 0; i < family.size(); i++) {
                    TestAccounts.Created person = family.get(i);
                    int adults = i % 2;
                    int children = i % 3;
                    results.add(pool.submit(() -> {
                        start.await();
                        return as(
                                person,
                                Roles.RESIDENT,
                                () -> signUps.signUp(event, new SignUpRequest(null, List.of(), adults, children)));
                    }));
                }
                start.countDown();
                int seated = 0;
                for (Future<MySignUp> result : results) {
                    MySignUp mine = result.get();
                    seated += mine.status() == SignUpStatus.CONFIRMED ? mine.partySize() : 0;
                }
                assertThat(seated).as("round " + round + " seats taken").isLessThanOrEqualTo(seats);
                assertThat(seatsTaken(event)).isEqualTo(seated);
                assertThat(confirmedCount(event)).isEqualTo(seated);

                // everyone at once: even ones grow their party, odd ones cancel
                CountDownLatch again = new CountDownLatch(1);
                List<Future<?>> changes = new ArrayList<>();
                for (int i = 0; i < family.size(); i++) {
                    TestAccounts.Created person = family.get(i);
                    boolean grow = i % 2 == 0;
                    changes.add(pool.submit(() -> {
                        again.await();
                        return as(person, Roles.RESIDENT, () -> {
                            try {
                                if (grow) {
                                    signUps.changeParty(event, 1, 2);
                                } else {
                                    signUps.cancel(event);
                                }
                            } catch (InvalidInputException noSeatsForMore) {
                                // the event is full: the party stays as it was
                            }
                            return null;
                        });
                    }));
                }
                again.countDown();
                for (Future<?> change : changes) {
                    change.get();
                }
                assertThat(seatsTaken(event))
                        .as("round " + round + " after changes")
                        .isLessThanOrEqualTo(seats);
                assertThat(confirmedCount(event)).isEqualTo(seatsTaken(event));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private int seatsTaken(EventId event) {
        Integer n = jdbc.queryForObject(
                "select coalesce(sum(1 + adults + children), 0) from events_signup "
                        + "where event_id = ? and status = 'CONFIRMED'",
                Integer.class,
                event.value());
        return n == null ? 0 : n;
    }

    private int confirmedCount(EventId event) {
        Integer n = jdbc.queryForObject(
                "select confirmed_count from events_event where id = ?", Integer.class, event.value());
        return n == null ? 0 : n;
    }

    @Test
    void aDoubleClickLeavesOneSignUp() throws Exception {
        EventId event = as(organiser, Roles.STAFF, () -> editing.create(draft("Dubbelklick", 5)));
        // people of their own: the race above uses the 200's whole allowance of sign-ups (rate limit)
        TestAccounts.Created person = accounts.create("Dubbelklickare", Roles.RESIDENT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            var first = pool.submit(() -> {
                start.await();
                return as(person, Roles.RESIDENT, () -> signUps.signUp(event));
            });
            var second = pool.submit(() -> {
                start.await();
                return as(person, Roles.RESIDENT, () -> signUps.signUp(event));
            });
            start.countDown();
            assertThat(first.get().code()).isEqualTo(second.get().code());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from events_signup where event_id = ?", Integer.class, event.value()))
                .isEqualTo(1);
        assertThat(count(event, "CONFIRMED")).isEqualTo(1);
    }

    @Test
    void cancellingPromotesTheFirstInLine() {
        EventId event = as(organiser, Roles.STAFF, () -> editing.create(draft("Liten grupp", 1)));
        TestAccounts.Created first = accounts.create("Först", Roles.RESIDENT);
        TestAccounts.Created second = accounts.create("Andra", Roles.RESIDENT);
        TestAccounts.Created third = accounts.create("Tredje", Roles.RESIDENT);
        assertThat(as(first, Roles.RESIDENT, () -> signUps.signUp(event)).status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        MySignUp waitingSecond = as(second, Roles.RESIDENT, () -> signUps.signUp(event));
        MySignUp waitingThird = as(third, Roles.RESIDENT, () -> signUps.signUp(event));
        assertThat(waitingSecond.waitlistPosition()).isEqualTo(1);
        assertThat(waitingThird.waitlistPosition()).isEqualTo(2);

        as(first, Roles.RESIDENT, () -> {
            signUps.cancel(event);
            return null;
        });

        assertThat(as(second, Roles.RESIDENT, () -> signUps.mine(event))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(as(third, Roles.RESIDENT, () -> signUps.mine(event))
                        .orElseThrow()
                        .waitlistPosition())
                .isEqualTo(1);
        assertThat(as(first, Roles.RESIDENT, () -> signUps.mine(event))).isEmpty();
        assertThat(count(event, "CONFIRMED")).isEqualTo(1);
    }

    private int count(EventId event, String status) {
        Integer n = jdbc.queryForObject(
                "select count(*) from events_signup where event_id = ? and status = ?",
                Integer.class,
                event.value(),
                status);
        return n == null ? 0 : n;
    }

    static EventDraft draft(String title, int capacity) {
        return TestEvents.draft(title, capacity);
    }

    static <T> T as(TestAccounts.Created account, String role, Callable<T> action) {
        return RunAs.as(account, role, action);
    }
}
