package se.brobygge.shared.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A gauge read from the database at every scrape. While the database cannot be reached it reports
 * NaN (Prometheus shows a gap) instead of failing the whole scrape.
 */
public final class DatabaseGauge {

    private DatabaseGauge() {}

    /** Registers {@code name} with the given tags; {@code countQuery} returns one number. */
    public static void register(
            MeterRegistry registry,
            JdbcTemplate jdbc,
            String name,
            String description,
            String countQuery,
            String... tags) {
        Gauge.builder(name, jdbc, db -> count(db, countQuery))
                .description(description)
                .tags(tags)
                .register(registry);
    }

    private static double count(JdbcTemplate jdbc, String query) {
        try {
            Number value = jdbc.queryForObject(query, Number.class);
            return value == null ? 0 : value.doubleValue();
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
