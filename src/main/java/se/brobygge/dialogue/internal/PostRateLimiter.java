package se.brobygge.dialogue.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * At most {@value #PER_MINUTE} posts a minute per account (posts, replies, proposals), with a
 * Bucket4j token bucket per account in this node's memory, like the login limit (decision 0004).
 */
@Component
class PostRateLimiter {

    static final int PER_MINUTE = 5;
    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

    boolean tryPost(long accountId) {
        return buckets.computeIfAbsent(accountId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(PER_MINUTE).refillGreedy(PER_MINUTE, Duration.ofMinutes(1))
                        .build())
                .build()).tryConsume(1);
    }

    /** Forgets accounts whose bucket is full again, so memory stays bounded. */
    @Scheduled(fixedDelay = 300_000)
    void forgetRefilled() {
        buckets.values().removeIf(b -> b.getAvailableTokens() >= PER_MINUTE);
    }
}
