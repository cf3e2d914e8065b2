package se.brobygge.insights.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import se.brobygge.insights.DashboardPeriod;
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

    /** The wrapper's month rows, stored: a missing category is the month's total. */
    private static final String ROLL_UP = """
            INSERT INTO insights_rollup_cell (month, metric, total, category, n, np, s)
            SELECT g.b, :metric, g.a IS NULL, COALESCE(g.a, ''), g.n, g.np, g.s FROM (%s) g
            WHERE g.b IS NOT NULL""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What the database counted for one figure: cells by month and category, month totals, the grand total. */
    record Counted(Map<String, Map<String, Raw>> cells, Map<String, Raw> monthTotals, Raw grand) {

        static Counted empty() {
            return new Counted(new TreeMap<>(), new HashMap<>(), Raw.NONE);
        }

        /** These months and another's (months never overlap); the period's grand total is not kept. */
        Counted plus(Counted other) {
            Map<String, Map<String, Raw>> allCells = new TreeMap<>(cells);
            allCells.putAll(other.cells);
            Map<String, Raw> allTotals = new HashMap<>(monthTotals);
            allTotals.putAll(other.monthTotals);
            return new Counted(allCells, allTotals, Raw.NONE);
        }

        Raw cell(YearMonth month, String category) {
            return cells.getOrDefault(month.toString(), Map.of()).getOrDefault(category, Raw.NONE);
        }

        Raw month(YearMonth month) {
            return monthTotals.getOrDefault(month.toString(), Raw.NONE);
        }
    }

    Counted count(Metric metric, DashboardRequest request, Instant now) {
        return count(metric, request, request.period().first(), request.period().last(), now);
    }

    /** One figure over the months {@code first} to {@code last} of a request, counted now. */
    Counted count(Metric metric, DashboardRequest request, YearMonth first, YearMonth last, Instant now) {
        String filter = metric.kind == Metric.Kind.DISTINCT && request.area() != null ? "WHERE x.a = :area" : "";
        String sql = WRAPPER.formatted(metric.inner.replace("{months}", months(first, last)), filter);
        Map<String, Map<String, Raw>> cells = new TreeMap<>();
        Map<String, Raw> monthTotals = new HashMap<>();
        Raw[] grand = {Raw.NONE};
        jdbc.query(sql, params(first, last, now, request.answeredWithinDays()).addValue("area", request.area()), rs -> {
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

    /**
     * Stores what one figure counts for the months {@code first} to {@code last}, computed and
     * written by the database in one statement (the same grouped statement the page runs).
     */
    int rollUp(Metric metric, YearMonth first, YearMonth last, Instant now) {
        String sql = ROLL_UP.formatted(WRAPPER.formatted(metric.inner.replace("{months}", months(first, last)), ""));
        return jdbc.update(sql, params(first, last, now, DashboardRequest.DEFAULT_ANSWER_DAYS)
                .addValue("metric", metric.name()));
    }

    /** The stored months between {@code first} and {@code last}, each with when it was counted. */
    Map<YearMonth, Instant> storedMonths(YearMonth first, YearMonth last) {
        Map<YearMonth, Instant> months = new TreeMap<>();
        jdbc.query("SELECT month, computed_at FROM insights_rollup_month WHERE month BETWEEN :first AND :last",
                new MapSqlParameterSource("first", first.toString()).addValue("last", last.toString()),
                rs -> {
                    months.put(YearMonth.parse(rs.getString("month")), rs.getTimestamp("computed_at").toInstant());
                });
        return months;
    }

    /** Every stored figure of the months {@code first} to {@code last}, as the page would count them. */
    Map<Metric, Counted> stored(YearMonth first, YearMonth last) {
        Map<Metric, Counted> result = new EnumMap<>(Metric.class);
        jdbc.query("""
                SELECT metric, month, total, category, n, np, s FROM insights_rollup_cell
                WHERE month BETWEEN :first AND :last""",
                new MapSqlParameterSource("first", first.toString()).addValue("last", last.toString()), rs -> {
                    Metric metric;
                    try {
                        metric = Metric.valueOf(rs.getString("metric"));
                    } catch (IllegalArgumentException retired) {
                        return;
                    }
                    Counted c = result.computeIfAbsent(metric, m -> Counted.empty());
                    Raw raw = new Raw(rs.getLong("n"), rs.getLong("np"), rs.getDouble("s"));
                    String month = rs.getString("month");
                    if (rs.getBoolean("total")) {
                        c.monthTotals().put(month, raw);
                    } else {
                        c.cells().computeIfAbsent(month, m -> new TreeMap<>()).put(rs.getString("category"), raw);
                    }
                });
        return result;
    }

    private static MapSqlParameterSource params(YearMonth first, YearMonth last, Instant now, int days) {
        return new MapSqlParameterSource()
                .addValue("from", first.atDay(1).atStartOfDay())
                .addValue("to", last.plusMonths(1).atDay(1).atStartOfDay())
                .addValue("now", utc(now))
                .addValue("days", days);
    }

    /** The municipality's areas: those of its published meeting places. */
    List<String> areas() {
        return jdbc.getJdbcTemplate().queryForList(
                "SELECT DISTINCT area FROM places_place WHERE status = 'PUBLISHED' AND area <> '' ORDER BY area",
                String.class);
    }

    /** The period's months as a derived table of first days (dates we make, never user input). */
    private static String months(YearMonth first, YearMonth last) {
        return new DashboardPeriod(first, last).months().stream().map(m -> "SELECT DATE '" + m.atDay(1) + "' d")
                .collect(Collectors.joining(" UNION ALL ", "(", ")"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
