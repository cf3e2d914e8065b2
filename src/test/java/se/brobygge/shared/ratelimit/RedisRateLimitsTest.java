package se.brobygge.shared.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import se.brobygge.support.TestRedis;

/**
 * The rate limits of two nodes, each with its own Redis client, against the real Redis of this
 * machine (127.0.0.1:6379, {@code BROBYGGE_TEST_REDIS_URL} to use another): a caller's tries count
 * on both, Redis forgets callers once their bucket is full again, and when Redis fails (nothing
 * listening, the connection cut, the network frozen) every call still answers, from the node's own
 * memory, with a warning, until Redis answers again. The login path on two whole nodes:
 * operations.SharedRateLimitsIT.
 */
class RedisRateLimitsTest {

    static final String REDIS = TestRedis.URL;
    /** Each run has its own keys: runs on the same Redis never see each other's buckets. */
    static final String PREFIX = "brobygge-test-" + UUID.randomUUID() + ":";

    static RedisClient inspector;
    static StatefulRedisConnection<String, String> inspection;
    static NioReactor reactor;

    /** Each node's Redis side, to close it and to read its state. */
    final Map<RateLimits, RedisBuckets> opened = new IdentityHashMap<>();

    @BeforeAll
    static void connect() throws IOException {
        TestRedis.assumeRunning();
        inspector = RedisClient.create(REDIS);
        inspection = inspector.connect();
        reactor = new NioReactor();
    }

    @AfterAll
    static void disconnect() {
        if (inspection == null) {
            return; // skipped: no Redis
        }
        RedisCommands<String, String> redis = inspection.sync();
        List<String> left = redis.keys(PREFIX + "*");
        if (!left.isEmpty()) {
            redis.del(left.toArray(String[]::new));
        }
        inspection.close();
        inspector.shutdown();
        reactor.close();
    }

    @AfterEach
    void close() {
        opened.values().forEach(RedisBuckets::close);
    }

    /** One node's rate limits: login 5 per 10 minutes, Redis at this URL (none: memory only). */
    private RateLimits node(String redisUrl) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("brobygge.rate-limits.login.capacity", "5");
        properties.put("brobygge.rate-limits.login.period", "PT10M");
        properties.put("brobygge.redis.url", redisUrl);
        properties.put("brobygge.redis.key-prefix", PREFIX);
        properties.put("brobygge.redis.retry-interval", "PT0.2S");
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("node", properties));
        RedisBuckets shared = new RedisBuckets(environment, Clock.systemUTC());
        RateLimits node = new RateLimits(environment, shared);
        opened.put(node, shared);
        return node;
    }

    private RedisBuckets.State state(RateLimits node) {
        return opened.get(node).state();
    }

    private RedisBuckets.Store store(RateLimits node) {
        return state(node).store();
    }

    private static String caller() {
        return "person-" + UUID.randomUUID() + "@example.se";
    }

    @Test
    void failuresSpreadOverTwoNodesUseUpOneAllowance() {
        RateLimits a = node(REDIS);
        RateLimits b = node(REDIS);
        assertThat(store(a)).isEqualTo(RedisBuckets.Store.REDIS);
        String person = caller();
        for (int failure = 0; failure < 5; failure++) {
            assertThat((failure % 2 == 0 ? a : b).allows("login", person))
                    .as("try %d", failure + 1)
                    .isTrue();
            (failure % 2 == 0 ? a : b).record("login", person);
        }
        assertThat(a.allows("login", person))
                .as("node A after 3 failures on A and 2 on B")
                .isFalse();
        assertThat(b.allows("login", person)).as("node B likewise").isFalse();
        assertThat(a.allows("login", caller())).as("someone else still may").isTrue();

        b.forget("login", person);
        assertThat(a.allows("login", person)).as("lifted on B, lifted on A").isTrue();
    }

    @Test
    void aCallerIsTheSameWhateverCaseAndSpaceOnEitherNode() {
        RateLimits a = node(REDIS);
        RateLimits b = node(REDIS);
        String person = caller();
        for (int i = 0; i < 5; i++) {
            assertThat(a.tryAcquire("login", "  " + person.toUpperCase() + " ")).isTrue();
        }
        assertThat(b.tryAcquire("login", person)).isFalse();
    }

    @Test
    void redisForgetsACallerOnceTheirBucketWouldBeFullAgain() {
        RateLimits a = node(REDIS);
        String person = caller();
        a.record("login", person);
        String key = PREFIX + "login:" + person;
        Long ttl = inspection.sync().pttl(key);
        assertThat(ttl)
                .as("the key of a caller with one failure expires")
                .isPositive()
                // one try refills in 2 minutes (5 per 10 minutes), and the key is kept a few seconds longer
                .isLessThanOrEqualTo(Duration.ofMinutes(2).plusSeconds(30).toMillis());
        assertThat(inspection.sync().keys(PREFIX + "*"))
                .as("only keys with the configured prefix")
                .allMatch(k -> k.startsWith(PREFIX));
    }

    @Test
    void withoutRedisEachNodeCountsAlone() {
        RateLimits a = node("");
        RateLimits b = node("");
        assertThat(store(a)).isEqualTo(RedisBuckets.Store.MEMORY);
        String person = caller();
        for (int i = 0; i < 5; i++) {
            a.record("login", person);
        }
        assertThat(a.allows("login", person)).isFalse();
        assertThat(b.allows("login", person)).isTrue();
    }

    @Test
    void aRedisThatDoesNotListenLeavesEachNodeCountingAloneWithAWarning() throws IOException {
        ListAppender<ILoggingEvent> log = capture();
        try {
            RateLimits a = node("redis://127.0.0.1:" + unusedPort());
            assertThat(store(a)).isEqualTo(RedisBuckets.Store.MEMORY_FALLBACK);
            String person = caller();
            for (int i = 0; i < 5; i++) {
                assertThat(a.allows("login", person)).isTrue();
                a.record("login", person);
            }
            assertThat(a.allows("login", person))
                    .as("the node's own limit holds")
                    .isFalse();
            assertThat(state(a).lastFailure()).isNotBlank();
        } finally {
            release(log);
        }
        assertThat(log.list)
                .anyMatch(e -> e.getLevel() == Level.WARN
                        && e.getFormattedMessage().contains("each node counts limits alone"));
    }

    @Test
    void whenTheConnectionIsCutNodesCountAloneAndShareAgainOnceRedisIsBack() throws IOException {
        try (TcpCrusher proxy = proxyToRedis()) {
            RateLimits a = node(REDIS);
            RateLimits b = node("redis://127.0.0.1:" + proxy.getBindAddress().getPort());
            assertThat(store(b)).isEqualTo(RedisBuckets.Store.REDIS);
            String person = caller();
            b.record("login", person);

            ListAppender<ILoggingEvent> log = capture();
            try {
                proxy.close();
                for (int i = 0; i < 5; i++) {
                    assertThat(b.allows("login", person))
                            .as("node B answers without Redis")
                            .isTrue();
                    b.record("login", person);
                }
                assertThat(store(b)).isEqualTo(RedisBuckets.Store.MEMORY_FALLBACK);
                assertThat(b.allows("login", person))
                        .as("node B's own limit holds meanwhile")
                        .isFalse();
                assertThat(a.allows("login", person))
                        .as("node A saw only the failure counted in Redis")
                        .isTrue();
            } finally {
                release(log);
            }
            assertThat(log.list)
                    .anyMatch(e -> e.getLevel() == Level.WARN
                            && e.getFormattedMessage().contains("each node counts limits alone"));

            proxy.open();
            await().atMost(Duration.ofSeconds(10)).until(() -> store(b) == RedisBuckets.Store.REDIS);
            for (int i = 0; i < 4; i++) {
                a.record("login", person);
            }
            assertThat(b.allows("login", person))
                    .as("shared again: 1 failure before the cut and 4 on A")
                    .isFalse();
        }
    }

    @Test
    void aFrozenRedisGivesUpAfterTheTimeoutAndRecovers() throws IOException {
        try (TcpCrusher proxy = proxyToRedis()) {
            RateLimits b = node("redis://127.0.0.1:" + proxy.getBindAddress().getPort());
            String person = caller();
            proxy.freeze();
            try {
                assertThat(b.tryAcquire("login", person))
                        .as("answered from memory after the timeout")
                        .isTrue();
                assertThat(store(b)).isEqualTo(RedisBuckets.Store.MEMORY_FALLBACK);
                assertThat(state(b).lastFailure()).containsIgnoringCase("timeout");
            } finally {
                proxy.unfreeze();
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> store(b) == RedisBuckets.Store.REDIS);
            assertThat(b.tryAcquire("login", person)).isTrue();
        }
    }

    private static TcpCrusher proxyToRedis() throws IOException {
        URI redis = URI.create(REDIS);
        return TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", unusedPort())
                .withConnectAddress(
                        new InetSocketAddress(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort()))
                .buildAndOpen();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ListAppender<ILoggingEvent> capture() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(RedisBuckets.class)).addAppender(appender);
        return appender;
    }

    private static void release(ListAppender<ILoggingEvent> appender) {
        ((Logger) LoggerFactory.getLogger(RedisBuckets.class)).detachAppender(appender);
    }
}
