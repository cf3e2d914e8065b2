package se.brobygge.shared.operations;

import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Metrics of the whole node: open Vaadin sessions (each holds its users' UI state in this node's
 * memory, which is why the load balancer keeps sessions sticky) and the event publications still
 * waiting for a module to handle them (docs/operations.md, "Read the metrics").
 */
@Configuration(proxyBeanMethods = false)
public class OperationsMetrics {

    /** Vaadin sessions currently open on this node. */
    public static final String SESSIONS = "brobygge.vaadin.sessions";
    /** Module events published but not yet handled by every listener. */
    public static final String EVENT_BACKLOG = "brobygge.events.publications.incomplete";

    @Bean
    VaadinServiceInitListener sessionCounter(MeterRegistry registry) {
        AtomicInteger open = new AtomicInteger();
        Gauge.builder(SESSIONS, open, AtomicInteger::get)
                .description("Vaadin sessions open on this node")
                .register(registry);
        return event -> {
            event.getSource().addSessionInitListener(e -> open.incrementAndGet());
            event.getSource().addSessionDestroyListener(e -> open.updateAndGet(n -> Math.max(0, n - 1)));
        };
    }

    @Bean
    MeterBinder eventBacklogGauge(JdbcTemplate jdbc) {
        return registry -> DatabaseGauge.register(
                registry,
                jdbc,
                EVENT_BACKLOG,
                "Module events not yet handled by every listener (retried by the resubmission job)",
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
    }
}
