package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/**
 * Two Brobygge nodes on two ports against one database and one OpenSearch, as behind the sticky load
 * balancer of docker/compose.scale.yaml: what one node saves the other sees, in its lists and
 * searches too, the last seat goes once, a scheduled job runs on one node per tick, and each outbox
 * mail is sent once.
 */
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);
    static final int PEOPLE = 30;
    static final int SEATS = 3;
    /** How soon the other node's list and search show a change (the promise). */
    static final Duration SHARED_SEARCH = Duration.ofSeconds(2);

    static ApplicationNode a;
    static ApplicationNode b;
    static GreenMail smtp;

    @BeforeAll
    static void startNodes() {
        smtp = TestSmtp.start();
        long started = System.nanoTime();
        a = ApplicationNode.a();
        b = ApplicationNode.b();
        log.info(
                "Two nodes up on ports {} and {} in {} ms",
                a.port(),
                b.port(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(a.port()).isNotEqualTo(b.port());
    }

    @Test
    void aSignUpOnNodeAIsSeenOnNodeB() {
        TestAccounts.Created organiser = a.bean(TestAccounts.class).create("Två noder arrangör", Roles.STAFF);
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Två noder deltagare", Roles.RESIDENT);
        EventId event = a.as(
                organiser,
                Roles.STAFF,
                () -> a.bean(EventEditingService.class).create(TestEvents.draft("Två noder", 5)));

        MySignUp onA =
                a.as(person, Roles.RESIDENT, () -> a.bean(SignUpService.class).signUp(event));
        MySignUp onB = b.as(
                        person,
                        Roles.RESIDENT,
                        () -> b.bean(SignUpService.class).mine(event))
                .orElseThrow();

        assertThat(onB.status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(onB.code())
                .as("node B shows the registration code node A gave")
                .isEqualTo(onA.code());
        assertThat(b.as(
                                person,
                                Roles.RESIDENT,
                                () -> b.bean(SignUpService.class).signUp(event))
                        .code())
                .as("signing up again on node B keeps the one sign-up")
                .isEqualTo(onA.code());
    }

    @Test
    void anEventPublishedMovedAndCancelledOnNodeAIsInNodeBsListAndSearchWithinTwoSeconds() {
        TestAccounts.Created organiser = a.bean(TestAccounts.class).create("Två noder sök", Roles.STAFF);
        String marker = "n" + Long.toString(System.nanoTime(), 36);
        // a day of its own, so that the list of that day is short
        LocalDateTime start = LocalDateTime.now()
                .plusDays(200 + System.nanoTime() % 100)
                .withHour(17)
                .withMinute(13)
                .withSecond(0)
                .withNano(0);
        EventDraft draft = TestEvents.draft("Föreningarnas kväll " + marker, 10).at(start, start.plusHours(2), null);
        EventService onB = b.bean(EventService.class);

        EventId event = a.as(
                organiser, Roles.STAFF, () -> a.bean(EventEditingService.class).create(draft));
        long published = System.nanoTime();
        awaitOnB("published", () -> {
            assertThat(listedOn(onB, start.toLocalDate(), event))
                    .as("in node B's list of the day")
                    .hasValueSatisfying(e -> assertThat(e.startsAt()).isEqualTo(zoned(start)));
            assertThat(foundOn(onB, "förening " + marker))
                    .as("found on node B in another inflection")
                    .containsExactly(event);
        });
        log.info(
                "Published on node A: in node B's list and search after {} ms",
                (System.nanoTime() - published) / 1_000_000);

        LocalDateTime moved = start.plusDays(1).withHour(10);
        a.as(organiser, Roles.STAFF, () -> {
            a.bean(EventEditingService.class).update(event, draft.at(moved, moved.plusHours(2), null));
            return null;
        });
        long movedAt = System.nanoTime();
        awaitOnB("moved", () -> {
            assertThat(listedOn(onB, start.toLocalDate(), event))
                    .as("gone from the old day on node B")
                    .isEmpty();
            assertThat(listedOn(onB, moved.toLocalDate(), event))
                    .as("on the new day on node B")
                    .hasValueSatisfying(e -> assertThat(e.startsAt()).isEqualTo(zoned(moved)));
        });
        log.info("Moved on node A: at its new time on node B after {} ms", (System.nanoTime() - movedAt) / 1_000_000);

        a.as(organiser, Roles.STAFF, () -> {
            a.bean(EventEditingService.class).cancel(event, "Lokalen är inte ledig");
            return null;
        });
        long cancelled = System.nanoTime();
        awaitOnB("cancelled", () -> {
            assertThat(listedOn(onB, moved.toLocalDate(), event))
                    .as("gone from node B's list")
                    .isEmpty();
            assertThat(foundOn(onB, "förening " + marker))
                    .as("no longer found on node B")
                    .isEmpty();
        });
        log.info(
                "Cancelled on node A: gone from node B's list and search after {} ms",
                (System.nanoTime() - cancelled) / 1_000_000);
    }

    @Test
    void anAssociationRegisteredRenamedAndSuspendedOnNodeAIsFoundOnNodeBWithinTwoSeconds() {
        TestAccounts.Created chair = a.bean(TestAccounts.class).create("Två noder ordförande", Roles.RESIDENT);
        TestAccounts.Created staff = a.bean(TestAccounts.class).create("Två noder handläggare", Roles.STAFF);
        String marker = "f" + Long.toString(System.nanoTime(), 36);
        String number = AssociationTestData.organisationNumber();
        AssociationService onB = b.bean(AssociationService.class);

        AssociationId id = a.as(
                chair,
                Roles.RESIDENT,
                () -> a.bean(AssociationService.class)
                        .register(AssociationTestData.draft(
                                "Schackklubben " + marker, number, "Vi spelar i biblioteket. " + marker)));
        long registered = System.nanoTime();
        awaitOnB(
                "registered",
                () -> assertThat(directoryOn(onB, "bibliotek " + marker))
                        .as("found on node B")
                        .containsExactly(id));
        log.info(
                "Registered on node A: in node B's directory search after {} ms",
                (System.nanoTime() - registered) / 1_000_000);

        long version = a.bean(AssociationService.class).find(id).orElseThrow().version();
        a.as(
                chair,
                Roles.RESIDENT,
                () -> a.bean(AssociationService.class)
                        .update(
                                id,
                                AssociationTestData.draft(
                                        "Brädspelarnas förening " + marker, number, "Vi spelar på kaféet. " + marker),
                                version));
        long renamed = System.nanoTime();
        awaitOnB("renamed", () -> {
            assertThat(directoryOn(onB, "föreningar " + marker))
                    .as("the new name found on node B")
                    .containsExactly(id);
            assertThat(directoryOn(onB, "bibliotek " + marker))
                    .as("the old description no longer")
                    .isEmpty();
        });
        log.info(
                "Renamed on node A: found by its new words on node B after {} ms",
                (System.nanoTime() - renamed) / 1_000_000);

        a.as(staff, Roles.STAFF, () -> {
            a.bean(AssociationReviewService.class).suspend(id, "Flera anmälningar om falsk information");
            return null;
        });
        awaitOnB(
                "suspended",
                () -> assertThat(directoryOn(onB, "kafé " + marker))
                        .as("gone from node B's directory")
                        .isEmpty());
    }

    private static void awaitOnB(String what, ThrowingRunnable check) {
        await(what + " on node A, seen on node B")
                .atMost(SHARED_SEARCH)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(check);
    }

    private static Optional<EventSummary> listedOn(EventService node, LocalDate day, EventId event) {
        return node
                .upcomingPage(
                        new EventFilter(null, day, day, null, null, null, false, false, null),
                        0,
                        EventService.MAX_RESULTS)
                .events()
                .stream()
                .filter(e -> e.id().equals(event))
                .findFirst();
    }

    private static List<EventId> foundOn(EventService node, String words) {
        return node
                .upcomingPage(
                        new EventFilter(words, null, null, null, null, null, false, false, null),
                        0,
                        EventService.PAGE_SIZE)
                .events()
                .stream()
                .map(EventSummary::id)
                .toList();
    }

    private static List<AssociationId> directoryOn(AssociationService node, String words) {
        return node.directory(new AssociationFilter(words, null, null, null, false, false)).stream()
                .map(Association::id)
                .toList();
    }

    private static Instant zoned(LocalDateTime time) {
        return time.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    @Test
    void deletingAnAccountOnNodeAEndsItsSessionOnNodeBWithinSeconds() {
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Två noder radering", Roles.RESIDENT);
        TestAccounts.Created admin = a.bean(TestAccounts.class).create("Två noder admin", Roles.ADMIN);
        BrowserlessHttp onB = new BrowserlessHttp(b.port());
        onB.login(person.email(), TestAccounts.PASSWORD);
        assertThat(onB.get("/my-data").statusCode()).as("signed in on node B").isEqualTo(200);

        long started = System.nanoTime();
        a.as(admin, Roles.ADMIN, () -> {
            a.bean(AccountDeletionService.class).deleteOnRequest(person.id(), "Begäran per brev");
            return null;
        });
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var response = onB.get("/my-data");
                    assertThat(response.statusCode()).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location").orElse(""))
                            .contains("/login");
                });
        log.info(
                "Session on node B ended {} ms after the account was deleted on node A",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aPasswordResetOnNodeAEndsTheSessionsOnNodeBWithinSeconds() {
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Två noder lösenord", Roles.RESIDENT);
        BrowserlessHttp phoneOnB = new BrowserlessHttp(b.port());
        phoneOnB.login(person.email(), TestAccounts.PASSWORD);
        BrowserlessHttp laptopOnA = new BrowserlessHttp(a.port());
        laptopOnA.login(person.email(), TestAccounts.PASSWORD);
        assertThat(phoneOnB.get("/my-data").statusCode())
                .as("signed in on node B")
                .isEqualTo(200);
        assertThat(laptopOnA.get("/my-data").statusCode())
                .as("signed in on node A")
                .isEqualTo(200);

        long started = System.nanoTime();
        a.bean(RegistrationService.class).requestPasswordReset(person.email());
        String token = Mailbox.token(Mailbox.awaitOne(smtp, person.email()), "/reset-password");
        a.bean(RegistrationService.class).resetPassword(token, "ett nytt lösenord på nod A");
        assertThat(laptopOnA.get("/my-data").statusCode())
                .as("ended at once on node A")
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    var response = phoneOnB.get("/my-data");
                    assertThat(response.statusCode()).isEqualTo(302);
                    assertThat(response.headers().firstValue("Location").orElse(""))
                            .contains("/login");
                });
        log.info(
                "Session on node B ended {} ms after the password was reset on node A",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theLastSeatsGoOnceAcrossBothNodesAndEachMailIsSentOnce() throws Exception {
        TestAccounts accounts = a.bean(TestAccounts.class);
        TestAccounts.Created organiser = accounts.create("Platsjakt arrangör", Roles.STAFF);
        List<TestAccounts.Created> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(accounts.create("Platsjakt " + i, Roles.RESIDENT));
        }
        EventId event = b.as(
                organiser,
                Roles.STAFF,
                () -> b.bean(EventEditingService.class).create(TestEvents.draft("Sista platserna", SEATS)));

        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        List<Future<MySignUp>> results = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < PEOPLE; i++) {
                TestAccounts.Created person = people.get(i);
                ApplicationNode node = i % 2 == 0 ? a : b;
                SignUpService signUps = node.bean(SignUpService.class);
                results.add(pool.submit(() -> {
                    start.await();
                    return node.as(person, Roles.RESIDENT, () -> signUps.signUp(event));
                }));
            }
            start.countDown();
            Map<SignUpStatus, Long> outcome = new EnumMap<>(SignUpStatus.class);
            for (Future<MySignUp> result : results) {
                outcome.merge(result.get().status(), 1L, Long::sum);
            }
            log.info("{} people on two nodes for {} seats: {}", PEOPLE, SEATS, outcome);
            assertThat(outcome)
                    .containsEntry(SignUpStatus.CONFIRMED, (long) SEATS)
                    .containsEntry(SignUpStatus.WAITING, (long) (PEOPLE - SEATS));
        } finally {
            pool.shutdownNow();
        }
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        assertThat(db.queryForObject(
                        "select count(*) from events_signup where event_id = ? and status = 'CONFIRMED'",
                        Integer.class,
                        event.value()))
                .isEqualTo(SEATS);
        assertThat(db.queryForObject(
                        "select confirmed_count from events_event where id = ?", Integer.class, event.value()))
                .isEqualTo(SEATS);

        // every person gets their one mail (seat or waitlist), though both nodes dispatch the outbox;
        // up to 30 s later when a node lost the database while holding the dispatch lock (DatabaseOutageIT)
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> people.stream()
                        .allMatch(p -> !Mailbox.messagesFor(smtp, p.email()).isEmpty()));
        Thread.sleep(2_000); // several dispatch rounds on both nodes
        Map<String, Long> mailsPerPerson = people.stream().collect(Collectors.toMap(TestAccounts.Created::email, p ->
                (long) Mailbox.messagesFor(smtp, p.email()).size()));
        log.info(
                "Mails per person after both nodes dispatched: {}",
                mailsPerPerson.values().stream()
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        assertThat(mailsPerPerson.values()).as("one mail per person").containsOnly(1L);
    }

    @Test
    void aScheduledJobRunsOnOneNodePerTick() {
        ApplicationNode.Ticks.LOCKED.clear();
        ApplicationNode.Ticks.UNLOCKED.clear();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> seconds(ApplicationNode.Ticks.LOCKED).size() >= 5);
        List<String> locked = List.copyOf(ApplicationNode.Ticks.LOCKED);
        List<String> unlocked = List.copyOf(ApplicationNode.Ticks.UNLOCKED);
        Map<String, Long> lockedPerSecond = seconds(locked);
        Map<String, Long> unlockedPerSecond = seconds(unlocked);
        log.info("Locked job runs per second: {}; without the lock: {}", lockedPerSecond, unlockedPerSecond);
        assertThat(lockedPerSecond.values())
                .as("with ShedLock, one run per tick across the nodes")
                .containsOnly(1L);
        assertThat(unlockedPerSecond.values())
                .as("without it, both nodes run every tick")
                .contains(2L);
        assertThat(unlocked).anyMatch(r -> r.startsWith("node-a")).anyMatch(r -> r.startsWith("node-b"));
    }

    private static Map<String, Long> seconds(List<String> runs) {
        return runs.stream()
                .collect(Collectors.groupingBy(
                        r -> r.substring(r.indexOf(' ') + 1), TreeMap::new, Collectors.counting()));
    }
}
