package se.brobygge.shared.ratelimit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code rateLimits} part of the health: where this node keeps its rate-limit buckets
 * ({@code store}: {@code memory}, {@code redis} or {@code memory-fallback}), with the time and cause
 * of a fallback, shown to the metrics account. A fallback is DEGRADED, a status outside every
 * status order, so it never takes a node out of the load balancer: sign-in works on, only each
 * node counts alone (decision 0037). The gauge {@code brobygge_rate_limits_fallback} is 1 meanwhile.
 */
@Component
class RateLimitsHealthIndicator implements HealthIndicator {

    static final Status DEGRADED =
            new Status("DEGRADED", "Each node counts rate limits alone while Redis does not answer");

    private final RedisBuckets shared;

    RateLimitsHealthIndicator(RedisBuckets shared, MeterRegistry registry) {
        this.shared = shared;
        Gauge.builder(
                        "brobygge.rate-limits.fallback",
                        shared,
                        s -> s.state().store() == RedisBuckets.Store.MEMORY_FALLBACK ? 1 : 0)
                .description("1 while Redis is configured but does not answer and this node counts rate limits alone")
                .register(registry);
    }

    @Override
    public Health health() {
        RedisBuckets.State state = shared.state();
        Health.Builder health = Health.status(
                        state.store() == RedisBuckets.Store.MEMORY_FALLBACK ? DEGRADED : Status.UP)
                .withDetail("store", state.store().label);
        if (state.since() != null) {
            health.withDetail("since", state.since().toString())
                    .withDetail("lastFailure", String.valueOf(state.lastFailure()));
        }
        return health.build();
    }
}
