package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/**
 * Two Brobygge nodes on two ports against one database, as behind the sticky load balancer of
 * docker/compose.scale.yaml: what one node saves the other sees, the last seat goes once, a
 * scheduled job runs on one node per tick, and each outbox mail is sent once.
 */
class TwoNodesIT {

    private static final Logger log = LoggerFactory.getLogger(TwoNodesIT.class);
    static final int PEOPLE = 30;
    static final int SEATS = 3;

    static ApplicationNode a;
    static ApplicationNode b;
    static GreenMail smtp;

    @BeforeAll
    static void startNodes() {
        smtp = TestSmtp.start();
        long started = System.nanoTime();
        a = ApplicationNode.a();
        b = ApplicationNode.b();
        log.info("Two nodes up on ports {} and {} in {} ms", a.port(), b.port(), (System.nanoTime() - started) / 1_000_000);
        assertThat(a.port()).isNotEqualTo(b.port());
    }

    @Test
    void aSignUpOnNodeAIsSeenOnNodeB() {
        TestAccounts.Created organiser = a.bean(TestAccounts.class).create("Två noder arrangör", Roles.STAFF);
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Två noder deltagare", Roles.RESIDENT);
        EventId event = a.as(organiser, Roles.STAFF, () -> a.bean(EventService.class)
                .create(TestEvents.draft("Två noder", 5)));

        MySignUp onA = a.as(person, Roles.RESIDENT, () -> a.bean(SignUpService.class).signUp(event));
        MySignUp onB = b.as(person, Roles.RESIDENT, () -> b.bean(SignUpService.class).mine(event)).orElseThrow();

        assertThat(onB.status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(onB.code()).as("node B shows the registration code node A gave").isEqualTo(onA.code());
        assertThat(b.as(person, Roles.RESIDENT, () -> b.bean(SignUpService.class).signUp(event)).code())
                .as("signing up again on node B keeps the one sign-up").isEqualTo(onA.code());
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
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var response = onB.get("/my-data");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        });
        log.info("Session on node B ended {} ms after the account was deleted on node A",
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void aPasswordResetOnNodeAEndsTheSessionsOnNodeBWithinSeconds() {
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Två noder lösenord", Roles.RESIDENT);
        BrowserlessHttp phoneOnB = new BrowserlessHttp(b.port());
        phoneOnB.login(person.email(), TestAccounts.PASSWORD);
        BrowserlessHttp laptopOnA = new BrowserlessHttp(a.port());
        laptopOnA.login(person.email(), TestAccounts.PASSWORD);
        assertThat(phoneOnB.get("/my-data").statusCode()).as("signed in on node B").isEqualTo(200);
        assertThat(laptopOnA.get("/my-data").statusCode()).as("signed in on node A").isEqualTo(200);

        long started = System.nanoTime();
        a.bean(RegistrationService.class).requestPasswordReset(person.email());
        String token = Mailbox.token(Mailbox.awaitOne(smtp, person.email()), "/reset-password");
        a.bean(RegistrationService.class).resetPassword(token, "ett nytt lösenord på nod A");
        assertThat(laptopOnA.get("/my-data").statusCode()).as("ended at once on node A").isEqualTo(302);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            var response = phoneOnB.get("/my-data");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        });
        log.info("Session on node B ended {} ms after the password was reset on node A",
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
        EventId event = b.as(organiser, Roles.STAFF, () -> b.bean(EventService.class)
                .create(TestEvents.draft("Sista platserna", SEATS)));

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
            Map<SignUpStatus, Long> outcome = new java.util.EnumMap<>(SignUpStatus.class);
            for (Future<MySignUp> result : results) {
                outcome.merge(result.get().status(), 1L, Long::sum);
            }
            log.info("{} people on two nodes for {} seats: {}", PEOPLE, SEATS, outcome);
            assertThat(outcome).containsEntry(SignUpStatus.CONFIRMED, (long) SEATS)
                    .containsEntry(SignUpStatus.WAITING, (long) (PEOPLE - SEATS));
        } finally {
            pool.shutdownNow();
        }
        JdbcTemplate db = a.bean(JdbcTemplate.class);
        assertThat(db.queryForObject("select count(*) from events_signup where event_id = ? and status = 'CONFIRMED'",
                Integer.class, event.value())).isEqualTo(SEATS);
        assertThat(db.queryForObject("select confirmed_count from events_event where id = ?", Integer.class,
                event.value())).isEqualTo(SEATS);

        // every person gets their one mail (seat or waitlist), though both nodes dispatch the outbox;
        // up to 30 s later when a node lost the database while holding the dispatch lock (DatabaseOutageIT)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> people.stream()
                .allMatch(p -> !Mailbox.messagesFor(smtp, p.email()).isEmpty()));
        Thread.sleep(2_000); // several dispatch rounds on both nodes
        Map<String, Long> mailsPerPerson = people.stream().collect(Collectors.toMap(TestAccounts.Created::email,
                p -> (long) Mailbox.messagesFor(smtp, p.email()).size()));
        log.info("Mails per person after both nodes dispatched: {}", mailsPerPerson.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        assertThat(mailsPerPerson.values()).as("one mail per person").containsOnly(1L);
    }

    @Test
    void aScheduledJobRunsOnOneNodePerTick() {
        ApplicationNode.Ticks.LOCKED.clear();
        ApplicationNode.Ticks.UNLOCKED.clear();
        await().atMost(Duration.ofSeconds(15)).until(() -> seconds(ApplicationNode.Ticks.LOCKED).size() >= 5);
        List<String> locked = List.copyOf(ApplicationNode.Ticks.LOCKED);
        List<String> unlocked = List.copyOf(ApplicationNode.Ticks.UNLOCKED);
        Map<String, Long> lockedPerSecond = seconds(locked);
        Map<String, Long> unlockedPerSecond = seconds(unlocked);
        log.info("Locked job runs per second: {}; without the lock: {}", lockedPerSecond, unlockedPerSecond);
        assertThat(lockedPerSecond.values()).as("with ShedLock, one run per tick across the nodes").containsOnly(1L);
        assertThat(unlockedPerSecond.values()).as("without it, both nodes run every tick").contains(2L);
        assertThat(unlocked).anyMatch(r -> r.startsWith("node-a")).anyMatch(r -> r.startsWith("node-b"));
    }

    private static Map<String, Long> seconds(List<String> runs) {
        return runs.stream().collect(Collectors.groupingBy(r -> r.substring(r.indexOf(' ') + 1),
                java.util.TreeMap::new, Collectors.counting()));
    }
}
