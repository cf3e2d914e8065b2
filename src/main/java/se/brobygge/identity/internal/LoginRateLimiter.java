package se.brobygge.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import se.brobygge.shared.BrobyggeProperties;

/**
 * Counts failed logins per account with a Bucket4j token bucket: N failures within a minute empty
 * the bucket, and further attempts are refused until it refills. Buckets live in this node's
 * memory (see docs/decisions/0004 for several nodes).
 */
@Component
public class LoginRateLimiter {

    private final int failuresPerMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    LoginRateLimiter(BrobyggeProperties properties) {
        this.failuresPerMinute = properties.security().loginAttemptsPerMinute();
    }

    public boolean allowsAttempt(String username) {
        Bucket bucket = buckets.get(key(username));
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    public void recordFailure(String username) {
        buckets.computeIfAbsent(key(username), k -> newBucket()).tryConsume(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(failuresPerMinute)
                        .refillIntervally(failuresPerMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    /** Forgets accounts whose bucket has refilled, so memory stays bounded. */
    @Scheduled(fixedDelay = 300_000)
    void forgetRefilled() {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= failuresPerMinute);
    }
}
