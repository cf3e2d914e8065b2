package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.CannotCreateTransactionException;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.Roles;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * The database connection of a running node is frozen for 20 s (a network fault), or dropped and
 * refused (a database restart), through a NetCrusher TCP proxy: requests in the window fail within
 * the pool's connection timeout, nothing is half saved, and the node serves again within 10 s of
 * the database coming back, without a restart. The measured times go to the log and
 * docs/operations.md.
 */
class DatabaseOutageIT {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageIT.class);
    /** The pool's connection timeout (3 s) or the driver's socket timeout (5 s), with room for a busy machine. */
    static final Duration FAIL_FAST = Duration.ofSeconds(8);

    static final Duration RECOVERY_LIMIT = Duration.ofSeconds(10);

    static ApplicationNode node;
    static ApplicationNode direct;
    static TestAccounts.Created organiser;
    static final List<TestAccounts.Created> people = new ArrayList<>();
    static EventId event;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startNode() {
        direct = ApplicationNode.a();
        node = ApplicationNode.b();
        TestAccounts accounts = direct.bean(TestAccounts.class);
        organiser = accounts.create("Avbrott arrangör", Roles.STAFF);
        for (int i = 0; i < 6; i++) {
            people.add(accounts.create("Avbrott " + i, Roles.RESIDENT));
        }
        event = direct.as(
                organiser,
                Roles.STAFF,
                () -> direct.bean(EventEditingService.class).create(TestEvents.draft("Avbrottskväll", 20)));
    }

    @Test
    void aConnectionFrozenFor20SecondsFailsFastAndRecoversWithoutRestart() throws Exception {
        assertThat(signUp(people.get(0))).isEqualTo(SignUpStatus.CONFIRMED);

        node.proxy().freeze();
        long frozenAt = System.nanoTime();
        try {
            assertFailsFast(people.get(1), "during the freeze");
            assertThat(status("/actuator/health/readiness"))
                    .as("the load balancer takes the node out")
                    .isEqualTo(503);
            assertThat(status("/actuator/health/liveness"))
                    .as("Kubernetes does not restart the node")
                    .isEqualTo(200);
            long left = Duration.ofSeconds(20).toNanos() - (System.nanoTime() - frozenAt);
            Thread.sleep(Math.max(0, left / 1_000_000));
        } finally {
            node.proxy().unfreeze();
        }
        Duration recovery = awaitRecovery(people.get(2));
        log.info("RECOVERY after a 20 s frozen database connection: {} ms", recovery.toMillis());
        assertThat(recovery).isLessThan(RECOVERY_LIMIT);
        assertNothingHalfSaved(people.get(1));
    }

    @Test
    void aDatabaseRestartIsRiddenOut() throws Exception {
        node.proxy().close(); // every connection dropped, new ones refused: the server is down
        long downAt = System.nanoTime();
        try {
            assertFailsFast(people.get(3), "while the database is down");
            assertThat(status("/actuator/health/readiness")).isEqualTo(503);
            long left = Duration.ofSeconds(10).toNanos() - (System.nanoTime() - downAt);
            Thread.sleep(Math.max(0, left / 1_000_000));
        } finally {
            node.proxy().open(); // the server is back
        }
        Duration recovery = awaitRecovery(people.get(4));
        log.info("RECOVERY after a database restart (10 s down): {} ms", recovery.toMillis());
        assertThat(recovery).isLessThan(RECOVERY_LIMIT);
        assertNothingHalfSaved(people.get(3));
    }

    private void assertFailsFast(TestAccounts.Created person, String when) {
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            signUp(person);
        } catch (RuntimeException e) {
            failure = e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("A sign-up {} failed after {} ms: {}", when, took.toMillis(), String.valueOf(failure));
        assertThat(failure).as("a sign-up " + when).isNotNull();
        assertThat(took).as("a sign-up " + when + " fails fast").isLessThan(FAIL_FAST);
        assertThat(friendly(failure))
                .as("recognised as the database being away, so the page says so: " + failure)
                .isTrue();
    }

    /** The same test the user interface uses to show its "try again in a moment" message. */
    static boolean friendly(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private Duration awaitRecovery(TestAccounts.Created person) throws InterruptedException {
        long back = System.nanoTime();
        long deadline = back + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (signUp(person) == SignUpStatus.CONFIRMED && status("/actuator/health/readiness") == 200) {
                    return Duration.ofNanos(System.nanoTime() - back);
                }
            } catch (RuntimeException e) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The node did not recover within 30 s");
    }

    private void assertNothingHalfSaved(TestAccounts.Created refused) {
        JdbcTemplate db = direct.bean(JdbcTemplate.class);
        assertThat(db.queryForObject(
                        "select count(*) from events_signup where event_id = ? and account_id = ?",
                        Integer.class,
                        event.value(),
                        refused.id().value()))
                .as("the refused sign-up left no row")
                .isZero();
        assertThat(db.queryForObject(
                        "select confirmed_count from events_event where id = ?", Integer.class, event.value()))
                .as("the seat count matches the sign-ups")
                .isEqualTo(db.queryForObject(
                        "select count(*) from events_signup where event_id = ? and status = 'CONFIRMED'",
                        Integer.class,
                        event.value()));
    }

    private SignUpStatus signUp(TestAccounts.Created person) {
        return node.as(
                        person,
                        Roles.RESIDENT,
                        () -> node.bean(SignUpService.class).signUp(event))
                .status();
    }

    private int status(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(node.uri(path))
                                    .timeout(FAIL_FAST)
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
