package se.brobygge.shared.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.brobygge.shared.InvalidInputException;

/**
 * How often one caller may do an action (log in, register, ask for a password reset, sign up,
 * post, report, send a message, export their data): a Bucket4j token bucket per action and caller,
 * sized by {@code brobygge.rate-limits.<action>.capacity} tries per
 * {@code brobygge.rate-limits.<action>.period}. The caller is whatever key the action chooses (an
 * account, an e-mail address, a client address), compared without regard to case and surrounding
 * space. With Redis configured the buckets are shared by every node ({@link RedisBuckets}, decision
 * 0037); without it, or while it does not answer, they live in this node's memory (decisions 0004
 * and 0030).
 */
@Component
public class RateLimits {

    /** {@code capacity} tries per {@code period}, refilled gradually. */
    public record Limit(int capacity, Duration period) {}

    private final Map<String, Limit> limits;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();
    private final RedisBuckets shared;

    private record Key(String action, String caller) {}

    RateLimits(Environment environment, RedisBuckets shared) {
        this.limits = Map.copyOf(Binder.get(environment)
                .bind("brobygge.rate-limits", Bindable.mapOf(String.class, Limit.class))
                .orElse(Map.of()));
        this.shared = shared;
    }

    /** The configured limit of an action; an action without one is a configuration mistake. */
    public Limit limit(String action) {
        Limit limit = limits.get(action);
        if (limit == null) {
            throw new IllegalStateException("No rate limit configured for '" + action + "': set brobygge.rate-limits."
                    + action + ".capacity and .period");
        }
        return limit;
    }

    /** Takes one try: false, and nothing taken, when the caller has used up the action's allowance. */
    public boolean tryAcquire(String action, String caller) {
        Boolean consumed = shared.apply(action, normalise(caller), configuration(action), b -> b.tryConsume(1));
        return consumed != null ? consumed : bucket(action, caller).tryConsume(1);
    }

    /**
     * Takes one try, or refuses with a translated message for the form's field.
     *
     * @throws InvalidInputException {@code field} with {@code messageKey} when the allowance is used up
     */
    public void acquire(String action, String caller, String field, String messageKey) {
        if (!tryAcquire(action, caller)) {
            throw new InvalidInputException(field, messageKey);
        }
    }

    /** Whether the caller has tries left, without taking one (for counting only failures, as at login). */
    public boolean allows(String action, String caller) {
        Long available = shared.apply(action, normalise(caller), configuration(action), Bucket::getAvailableTokens);
        if (available != null) {
            return available > 0;
        }
        Bucket bucket = buckets.get(new Key(action, normalise(caller)));
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    /** Counts one try whether or not any are left (a failed login). */
    public void record(String action, String caller) {
        if (shared.apply(action, normalise(caller), configuration(action), b -> b.tryConsume(1)) == null) {
            bucket(action, caller).tryConsume(1);
        }
    }

    /** Forgets the caller's tries of an action, as if it had never tried (lifting a block by hand, tests). */
    public void forget(String action, String caller) {
        shared.remove(action, normalise(caller));
        buckets.remove(new Key(action, normalise(caller)));
    }

    /** This node's own bucket: without Redis, or while Redis does not answer. */
    private Bucket bucket(String action, String caller) {
        return buckets.computeIfAbsent(
                new Key(action, normalise(caller)),
                k -> Bucket.builder().addLimit(bandwidth(action)).build());
    }

    private BucketConfiguration configuration(String action) {
        return BucketConfiguration.builder().addLimit(bandwidth(action)).build();
    }

    private Bandwidth bandwidth(String action) {
        Limit limit = limit(action);
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build();
    }

    private static String normalise(String caller) {
        return caller.strip().toLowerCase(Locale.ROOT);
    }

    /** Forgets callers whose bucket in this node's memory is full again, so memory stays bounded (Redis expires its own). */
    @Scheduled(fixedDelay = 300_000)
    void forgetRefilled() {
        buckets.entrySet()
                .removeIf(e -> e.getValue().getAvailableTokens()
                        >= limit(e.getKey().action()).capacity());
    }
}
