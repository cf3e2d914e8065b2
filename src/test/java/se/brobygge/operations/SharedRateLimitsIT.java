package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.brobygge.identity.Roles;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestRedis;

/**
 * Nodes A and B count failed logins together through one real Redis (decision 0037): failures
 * spread over both lock the account on both. While node B cannot reach Redis, signing in on B
 * works on, B counts alone, its log warns and its health details say {@code memory-fallback},
 * and once Redis is reachable again B shares again. Every attempt comes from its own client
 * address, so only the account's own limit is at work.
 */
class SharedRateLimitsIT {

    /** The account's allowance of failed logins (brobygge.rate-limits.login.capacity). */
    static final int ALLOWANCE = 5;

    static final String SCRAPER = HealthAndMetricsIT.SCRAPER;

    static ApplicationNode a;
    static ApplicationNode b;

    @BeforeAll
    static void startNodes() {
        TestRedis.assumeRunning();
        a = ApplicationNode.a();
        b = ApplicationNode.b();
    }

    private static BrowserlessHttp browser(ApplicationNode node) {
        return new BrowserlessHttp(node.port(), BrowserlessHttp.newClientAddress());
    }

    /** Signs in with the right password on the node: whether the person got in. */
    private static boolean signsIn(ApplicationNode node, TestAccounts.Created person) {
        BrowserlessHttp browser = browser(node);
        String landing = browser.login(person.email(), TestAccounts.PASSWORD);
        return !landing.contains("/login") && browser.get("/my-data").statusCode() == 200;
    }

    private static void fail(ApplicationNode node, TestAccounts.Created person, int attempt) {
        assertThat(browser(node).login(person.email(), "fel lösenord " + attempt))
                .as("failure %d on %s", attempt, node.name())
                .endsWith("/login?error");
    }

    /** The node's health as the metrics account sees it. */
    private static HttpResponse<String> health(ApplicationNode node, String path) {
        return new BrowserlessHttp(node.port()).get(path, Map.of("Authorization", SCRAPER));
    }

    @Test
    void failedLoginsSpreadOverBothNodesLockTheAccountOnBoth() {
        TestAccounts.Created person = a.bean(TestAccounts.class).create("Delad gräns", Roles.RESIDENT);
        assertThat(health(b, "/actuator/health").body()).contains("\"rateLimits\"", "\"store\":\"redis\"");
        for (int attempt = 1; attempt <= ALLOWANCE; attempt++) {
            fail(attempt % 2 == 1 ? a : b, person, attempt); // 3 on A, 2 on B: neither alone reaches the limit
        }
        assertThat(signsIn(a, person))
                .as("node A refuses even the right password")
                .isFalse();
        assertThat(signsIn(b, person)).as("node B refuses it too").isFalse();

        TestAccounts.Created other = a.bean(TestAccounts.class).create("Delad gräns annan", Roles.RESIDENT);
        assertThat(signsIn(b, other)).as("another person signs in").isTrue();
    }

    @Test
    void whileRedisIsAwayNodeBSignsInWithItsOwnLimitsAndSaysSo() {
        TestAccounts accounts = a.bean(TestAccounts.class);
        TestAccounts.Created person = accounts.create("Redis borta", Roles.RESIDENT);
        TestAccounts.Created guessed = accounts.create("Redis borta gissad", Roles.RESIDENT);
        Logger logger = (Logger) LoggerFactory.getLogger("se.brobygge.shared.ratelimit");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        String redisOfB = "127.0.0.1:" + b.redisProxy().getBindAddress().getPort();

        b.redisProxy().close(); // connections dropped, new ones refused: Redis is down for node B
        try {
            assertThat(signsIn(b, person))
                    .as("signing in on node B works without Redis")
                    .isTrue();

            HttpResponse<String> health = health(b, "/actuator/health");
            assertThat(health.statusCode())
                    .as("health answers, never a server error")
                    .isEqualTo(200);
            assertThat(health.body()).contains("\"rateLimits\"", "\"store\":\"memory-fallback\"", "\"lastFailure\"");
            assertThat(health(b, "/actuator/health/readiness").statusCode())
                    .as("node B stays in the load balancer")
                    .isEqualTo(200);
            assertThat(log.list)
                    .as("a warning names the Redis node B cannot reach")
                    .anyMatch(e -> e.getLevel() == Level.WARN
                            && e.getFormattedMessage().contains(redisOfB)
                            && e.getFormattedMessage().contains("each node counts limits alone"));

            for (int attempt = 1; attempt <= ALLOWANCE; attempt++) {
                fail(b, guessed, attempt);
            }
            assertThat(signsIn(b, guessed))
                    .as("node B's own limit holds meanwhile")
                    .isFalse();
            assertThat(signsIn(a, guessed))
                    .as("node A, with Redis, never saw those failures")
                    .isTrue();
        } finally {
            logger.detachAppender(log);
            b.redisProxy().open(); // Redis is back
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(
                        () -> assertThat(health(b, "/actuator/health").body()).contains("\"store\":\"redis\""));
        TestAccounts.Created later = accounts.create("Redis tillbaka", Roles.RESIDENT);
        for (int attempt = 1; attempt <= ALLOWANCE; attempt++) {
            fail(attempt % 2 == 1 ? b : a, later, attempt);
        }
        assertThat(signsIn(b, later)).as("shared again once Redis is back").isFalse();
        assertThat(signsIn(a, later)).isFalse();
    }
}
