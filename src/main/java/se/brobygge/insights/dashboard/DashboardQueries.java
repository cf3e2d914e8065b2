package se.brobygge.insights.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.dashboard.Suppression.Raw;

/**
 * Runs the figures' queries, read-only, one statement per figure: the inner query of each
 * {@link Metric} wrapped in {@code GROUP BY month, category WITH ROLLUP}, so the database returns
 * the cells, each month's total and the period's total. Times are UTC.
 */
@Component
class DashboardQueries {

    private static final String WRAPPER = """
            SELECT x.b, x.a, COUNT(*) n, COALESCE(SUM(x.v), 0) s, COUNT(DISTINCT x.pid) np
            FROM (%s) x %s
            GROUP BY x.b, x.a WITH ROLLUP""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the database counted for one figure: cells by month and category, month totals, the grand total. */
    record Counted(Map<String, Map<String, Raw>> cells, Map<String, Raw> monthTotals, Raw grand) {

        Raw cell(YearMonth month, String category) {
            return cells.getOrDefault(month.toString(), Map.of()).getOrDefault(category, Raw.NONE);
        }

        Raw month(YearMonth month) {
            return monthTotals.getOrDefault(month.toString(), Raw.NONE);
        }
    }

    Counted count(Metric metric, DashboardRequest request, Instant now) {
        String filter = metric.kind == Metric.Kind.DISTINCT && request.area() != null ? "WHERE x.a = :area" : "";
        String sql = WRAPPER.formatted(metric.inner.replace("{months}", months(request)), filter);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", utc(request.period().start().atStartOfDay().toInstant(ZoneOffset.UTC)))
                .addValue("to", utc(request.period().end().atStartOfDay().toInstant(ZoneOffset.UTC)))
                .addValue("now", utc(now))
                .addValue("days", request.answeredWithinDays())
                .addValue("area", request.area());
        Map<String, Map<String, Raw>> cells = new TreeMap<>();
        Map<String, Raw> monthTotals = new HashMap<>();
        Raw[] grand = {Raw.NONE};
        jdbc.query(sql, params, rs -> {
            @Nullable String month = rs.getString("b");
            @Nullable String category = rs.getString("a");
            Raw raw = new Raw(rs.getLong("n"), rs.getLong("np"), rs.getDouble("s"));
            if (month == null) {
                grand[0] = raw;
            } else if (category == null) {
                monthTotals.put(month, raw);
            } else {
                cells.computeIfAbsent(month, m -> new TreeMap<>()).put(category, raw);
            }
        });
        return new Counted(cells, monthTotals, grand[0]);
    }

    /** The municipality's areas: those of its published meeting places. */
    List<String> areas() {
        return jdbc.getJdbcTemplate().queryForList(
                "SELECT DISTINCT area FROM places_place WHERE status = 'PUBLISHED' AND area <> '' ORDER BY area",
                String.class);
    }

    /** The period's months as a derived table of first days (dates we make, never user input). */
    private static String months(DashboardRequest request) {
        return request.period().months().stream().map(m -> "SELECT DATE '" + m.atDay(1) + "' d")
                .collect(Collectors.joining(" UNION ALL ", "(", ")"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
