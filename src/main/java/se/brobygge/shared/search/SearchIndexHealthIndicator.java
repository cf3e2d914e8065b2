package se.brobygge.shared.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code searchIndex} part of the readiness health: UP while every index is in use, DEGRADED
 * while one is failed or being rebuilt, with each index's state in the details (shown to the
 * metrics account). DEGRADED is left out of the readiness group's status order on purpose, so it
 * never makes the node not-ready: the node still serves everything, searches answer from the
 * database, and pulling nodes out of the load balancer for it would turn slower searches into an
 * outage (every node meets the same full disk or search cluster). Operators see it in the details
 * and in the gauge {@code brobygge_search_index_degraded} (decision 0032, docs/operations.md).
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

    static final Status DEGRADED =
            new Status("DEGRADED", "Searches answer from the database while an index is rebuilt");
    static final String GAUGE = "brobygge.search.index.degraded";

    private final SearchIndexHealth indexes;

    SearchIndexHealthIndicator(SearchIndexHealth indexes, MeterRegistry registry) {
        this.indexes = indexes;
        Gauge.builder(GAUGE, indexes, i -> i.degraded() ? 1 : 0)
                .description(
                        "1 while a search index of this node is failed or being rebuilt (searches use the database)")
                .register(registry);
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        indexes.states().forEach((name, state) -> {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("state", state.status().name());
            if (state.since() != null) {
                index.put("since", state.since().toString());
                index.put("lastFailure", String.valueOf(state.lastFailure()));
                index.put("failedRepairs", state.failedRepairs());
            }
            details.put(name, index);
        });
        return Health.status(indexes.degraded() ? DEGRADED : Status.UP)
                .withDetails(details)
                .build();
    }
}
