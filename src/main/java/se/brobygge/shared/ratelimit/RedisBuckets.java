package se.brobygge.shared.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The buckets of {@link RateLimits} in Redis, shared by every node that points at the same Redis
 * (decision 0037), through Bucket4j's Lettuce proxy manager. Configured by {@code brobygge.redis.url}
 * ({@code BROBYGGE_REDIS_URL}), else Spring's {@code spring.data.redis.url} or
 * {@code spring.data.redis.host}; with none of them every node counts in its own memory.
 *
 * <p>Redis is a help, never a condition for signing in: connections and commands give up after
 * {@code brobygge.redis.timeout} (half a second), commands are refused at once while the connection is
 * down instead of queueing, and the first failure switches this node to its own memory (a warning in
 * the log, {@code memory-fallback} in the health details) until a check every
 * {@code brobygge.redis.retry-interval} finds Redis answering again. Keys are
 * {@code brobygge.redis.key-prefix} + action + caller and expire once their bucket would be full
 * again, so Redis holds only callers who tried recently.
 */
@Component
class RedisBuckets {

    private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);

    /** Where this node's buckets are now. */
    enum Store {
        /** No Redis configured: each node counts alone. */
        MEMORY("memory"),
        /** Shared by every node through Redis. */
        REDIS("redis"),
        /** Redis configured but not answering: each node counts alone until it is back. */
        MEMORY_FALLBACK("memory-fallback");

        final String label;

        Store(String label) {
            this.label = label;
        }
    }

    /** The store, and for a fallback since when and why. */
    record State(
            Store store, @Nullable Instant since, @Nullable String lastFailure) {}

    /** How long a bucket stays in Redis after it would have refilled completely. */
    private static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

    private final @Nullable RedisURI uri;
    private final String keyPrefix;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicReference<State> state;
    private final @Nullable RedisClient client;
    private final @Nullable ScheduledExecutorService checks;
    private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile @Nullable ProxyManager<String> buckets;
    private volatile boolean connectedBefore;

    RedisBuckets(Environment environment, Clock clock) {
        this.uri = uri(environment);
        this.keyPrefix = environment.getProperty("brobygge.redis.key-prefix", "brobygge:rate-limits:");
        Binder settings = Binder.get(environment);
        this.timeout = settings.bind("brobygge.redis.timeout", Duration.class).orElse(Duration.ofMillis(500));
        this.clock = clock;
        if (uri == null) {
            this.state = new AtomicReference<>(new State(Store.MEMORY, null, null));
            this.client = null;
            this.checks = null;
            return;
        }
        uri.setTimeout(timeout);
        this.client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // a command while the connection is down fails at once instead of waiting in a queue
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        this.state = new AtomicReference<>(new State(Store.MEMORY_FALLBACK, clock.instant(), "not connected yet"));
        if (!connect()) {
            log.warn(
                    "Redis for shared rate limits at {} does not answer ({}); each node counts limits alone until it"
                            + " does",
                    where(),
                    state.get().lastFailure());
        }
        Duration every =
                settings.bind("brobygge.redis.retry-interval", Duration.class).orElse(Duration.ofSeconds(5));
        this.checks = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("rate-limits-redis-check").factory());
        checks.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The Redis to use: {@code brobygge.redis.url}, else Spring's {@code spring.data.redis.url}, else
     * {@code spring.data.redis.host} with its port, user, password, database and SSL settings.
     */
    static @Nullable RedisURI uri(Environment environment) {
        for (String property : new String[] {"brobygge.redis.url", "spring.data.redis.url"}) {
            String url = environment.getProperty(property, "").strip();
            if (!url.isEmpty()) {
                return RedisURI.create(url);
            }
        }
        String host = environment.getProperty("spring.data.redis.host", "").strip();
        if (host.isEmpty()) {
            return null;
        }
        RedisURI.Builder uri = RedisURI.builder()
                .withHost(host)
                .withPort(environment.getProperty("spring.data.redis.port", Integer.class, RedisURI.DEFAULT_REDIS_PORT))
                .withDatabase(environment.getProperty("spring.data.redis.database", Integer.class, 0))
                .withSsl(environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false));
        String password = environment.getProperty("spring.data.redis.password", "");
        if (!password.isEmpty()) {
            String username = environment.getProperty("spring.data.redis.username", "");
            uri = username.isEmpty()
                    ? uri.withPassword(password.toCharArray())
                    : uri.withAuthentication(username, password.toCharArray());
        }
        return uri.build();
    }

    State state() {
        return state.get();
    }

    /**
     * Runs an operation on the shared bucket of this key, made with this configuration when Redis
     * has none (or none any more: it expired).
     *
     * @return the operation's result; null when Redis is not configured or does not answer, and the
     *         caller should use this node's own bucket
     */
    <T> @Nullable T apply(
            String action, String caller, BucketConfiguration configuration, Function<Bucket, T> operation) {
        ProxyManager<String> shared = usable();
        if (shared == null) {
            return null;
        }
        try {
            return operation.apply(shared.builder().build(key(action, caller), () -> configuration));
        } catch (RuntimeException e) {
            failed(e);
            return null;
        }
    }

    /** Removes the shared bucket of this key (when Redis answers). */
    void remove(String action, String caller) {
        ProxyManager<String> shared = usable();
        if (shared != null) {
            try {
                shared.removeProxy(key(action, caller));
            } catch (RuntimeException e) {
                failed(e);
            }
        }
    }

    private String key(String action, String caller) {
        return keyPrefix + action + ":" + caller;
    }

    private @Nullable ProxyManager<String> usable() {
        return state.get().store() == Store.REDIS ? buckets : null;
    }

    /** Connects when there is no connection; true when Redis answered a ping. */
    private synchronized boolean connect() {
        RedisClient redis = client;
        if (redis == null) {
            return false;
        }
        try {
            if (connection == null) {
                StatefulRedisConnection<String, byte[]> opened =
                        redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                buckets = Bucket4jLettuce.casBasedBuilder(opened)
                        .expirationAfterWrite(
                                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                        .requestTimeout(timeout)
                        .build();
                connection = opened;
            }
            connection.sync().ping();
        } catch (RuntimeException e) {
            // a fresh connection at the next check, rather than waiting for the client's own
            // reconnection, whose pauses grow to half a minute
            StatefulRedisConnection<String, byte[]> broken = connection;
            connection = null;
            buckets = null;
            if (broken != null) {
                broken.closeAsync();
            }
            State before = state.get();
            state.set(new State(Store.MEMORY_FALLBACK, before.since(), message(e)));
            return false;
        }
        State before = state.getAndSet(new State(Store.REDIS, null, null));
        if (before.store() != Store.REDIS) {
            if (connectedBefore) {
                log.info(
                        "Redis for shared rate limits at {} answers again; limits are shared again (counted per"
                                + " node since {})",
                        where(),
                        before.since());
            } else {
                log.info("Rate limits shared through Redis at {}", where());
            }
            connectedBefore = true;
        }
        return true;
    }

    /** Redis failed during a command: this node counts alone until a check finds Redis again. */
    private void failed(RuntimeException e) {
        State before = state.get();
        if (before.store() == Store.REDIS
                && state.compareAndSet(before, new State(Store.MEMORY_FALLBACK, clock.instant(), message(e)))) {
            log.warn(
                    "Redis for shared rate limits at {} failed ({}); each node counts limits alone until it answers"
                            + " again",
                    where(),
                    message(e));
        }
    }

    /** Every retry interval: while counting alone, sees whether Redis answers again. */
    private void check() {
        if (state.get().store() == Store.MEMORY_FALLBACK) {
            connect();
        }
    }

    private String where() {
        RedisURI redis = uri;
        return redis == null ? "-" : redis.getHost() + ":" + redis.getPort();
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    @PreDestroy
    void close() {
        if (checks != null) {
            checks.shutdownNow();
        }
        StatefulRedisConnection<String, byte[]> open = connection;
        if (open != null) {
            open.closeAsync();
        }
        if (client != null) {
            client.shutdown(Duration.ZERO, timeout);
        }
    }
}
