package se.brobygge.insights.dashboard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Runs the figures' queries, read-only: the inner query of each {@link Metric} wrapped in
 * {@code GROUP BY month, category WITH ROLLUP}, so the database returns the cells and each month's
 * total. The page reads all figures of a period in one statement: the months the nightly roll-up
 * stored, and the other months' grouped statements, joined with {@code UNION ALL}. Times are UTC.
 */
@Component
class DashboardQueries {

    /** One figure's grouped statement, its rows tagged with the figure. */
    private static final String WRAPPER = """
            SELECT '%s' m, x.b, x.a, COUNT(*) n, COALESCE(SUM(x.v), 0) s, COUNT(DISTINCT x.pid) np
            FROM (%s) x
            GROUP BY x.b, x.a WITH ROLLUP""";

    /** The stored figures of the months :first to :last in the wrapper's shape: a month's total has no category. */
    private static final String STORED_CELLS = """
            SELECT metric m, month b, IF(total, NULL, category) a, n, s, np FROM insights_rollup_cell
            WHERE month BETWEEN :first AND :last""";

    /** The stored answered posts, for the chosen window; each counted post has the value 1. */
    private static final String STORED_ANSWERS = """
            SELECT 'ANSWERED' m, month b, IF(total, NULL, category) a, n, n s, np FROM insights_rollup_answer
            WHERE within_days = :days AND month BETWEEN :first AND :last""";

    private static final String STORED_LANGUAGES = """
            SELECT month b, area a, language l, posts n FROM insights_rollup_language
            WHERE month BETWEEN :first AND :last""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every figure of the request but the distinct languages, in one statement: the stored months of
     * {@code stored} (none when null) and the months of each run counted now.
     */
    Map<Metric, Counted> figures(
            DashboardRequest request, @Nullable DashboardPeriod stored, List<DashboardPeriod> runs, Instant now) {
        MapSqlParameterSource params =
                new MapSqlParameterSource("now", utc(now)).addValue("days", request.answeredWithinDays());
        List<String> parts = new ArrayList<>();
        if (stored != null) {
            parts.add(STORED_CELLS);
            parts.add(STORED_ANSWERS);
            params.addValue("first", stored.first().toString())
                    .addValue("last", stored.last().toString());
        }
        for (int i = 0; i < runs.size(); i++) {
            for (Metric metric : Metric.values()) {
                if (metric.kind != Metric.Kind.DISTINCT) {
                    parts.add(grouped(metric, runs.get(i), Integer.toString(i)));
                }
            }
            period(params, runs.get(i), Integer.toString(i));
        }
        Map<Metric, Counted> result = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            result.put(metric, Counted.empty());
        }
        if (parts.isEmpty()) {
            return result;
        }
        String sql = parts.stream().map(part -> "(" + part + ")").collect(Collectors.joining("\nUNION ALL\n"));
        jdbc.query(sql, params, rs -> {
            @Nullable String month = rs.getString("b");
            Metric metric;
            try {
                metric = Metric.valueOf(rs.getString("m"));
            } catch (IllegalArgumentException retired) {
                return;
            }
            if (month != null) {
                Objects.requireNonNull(result.get(metric))
                        .add(month, rs.getString("a"), new Raw(rs.getLong("n"), rs.getLong("np"), rs.getDouble("s")));
            }
        });
        return result;
    }

    /**
     * The distinct languages residents wrote in ({@link Metric#LANGUAGES_USED}), for the chosen area
     * or all: a month's and the period's figure are distinct counts, not sums of months, so the
     * database returns the languages of each month and area (stored or counted now, one statement)
     * and they are counted here.
     */
    Counted languagesUsed(DashboardRequest request, @Nullable DashboardPeriod stored, List<DashboardPeriod> runs) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> parts = new ArrayList<>();
        if (stored != null) {
            parts.add(STORED_LANGUAGES);
            params.addValue("first", stored.first().toString())
                    .addValue("last", stored.last().toString());
        }
        for (int i = 0; i < runs.size(); i++) {
            parts.add(languages(runs.get(i), Integer.toString(i)));
            period(params, runs.get(i), Integer.toString(i));
        }
        Counted.Languages languages = new Counted.Languages(request.area());
        if (!parts.isEmpty()) {
            jdbc.query(
                    parts.stream().map(part -> "(" + part + ")").collect(Collectors.joining("\nUNION ALL\n")),
                    params,
                    rs -> {
                        languages.add(rs.getString("b"), rs.getString("a"), rs.getString("l"), rs.getLong("n"));
                    });
        }
        return languages.counted();
    }

    /**
     * Stores what one figure counts for the months of {@code months}, computed and written by the
     * database in one statement (the same grouped statement the page runs).
     */
    int rollUp(Metric metric, DashboardPeriod months, Instant now) {
        return jdbc.update(
                """
                INSERT INTO insights_rollup_cell (month, metric, total, category, n, np, s)
                SELECT g.b, g.m, g.a IS NULL, COALESCE(g.a, ''), g.n, g.np, g.s FROM (%s) g
                WHERE g.b IS NOT NULL""".formatted(grouped(metric, months, "")),
                period(new MapSqlParameterSource("now", utc(now)), months, ""));
    }

    /**
     * Stores the answered posts of the months for every window from 1 to
     * {@value DashboardRequest#MAX_ANSWER_DAYS} days, from one pass over the posts' first answers:
     * the page then reads any window the staff choose.
     */
    int rollUpAnswers(DashboardPeriod months, Instant now) {
        return jdbc.update(
                """
                INSERT INTO insights_rollup_answer (month, within_days, total, category, n, np)
                SELECT g.b, g.d, g.a IS NULL, COALESCE(g.a, ''), g.n, g.np FROM (
                  SELECT x.d, x.b, x.a, COUNT(*) n, COUNT(DISTINCT x.pid) np
                  FROM (SELECT w.seq d, t.b, t.a, t.pid FROM (%s) t
                        JOIN seq_1_to_%d w ON t.answered_at <= t.asked_at + INTERVAL w.seq DAY) x
                  GROUP BY x.d, x.b, x.a WITH ROLLUP) g
                WHERE g.b IS NOT NULL""".formatted(Metric.ANSWER_TIMES, DashboardRequest.MAX_ANSWER_DAYS),
                period(new MapSqlParameterSource("now", utc(now)), months, ""));
    }

    /** Stores the languages residents wrote in, by month and area, with the number of posts. */
    int rollUpLanguages(DashboardPeriod months, Instant now) {
        return jdbc.update(
                "INSERT INTO insights_rollup_language (month, area, language, posts) " + languages(months, ""),
                period(new MapSqlParameterSource("now", utc(now)), months, ""));
    }

    /** The stored months between {@code first} and {@code last}, each with when it was counted. */
    Map<YearMonth, Instant> storedMonths(YearMonth first, YearMonth last) {
        Map<YearMonth, Instant> months = new TreeMap<>();
        jdbc.query(
                "SELECT month, computed_at FROM insights_rollup_month WHERE month BETWEEN :first AND :last",
                new MapSqlParameterSource("first", first.toString()).addValue("last", last.toString()),
                rs -> {
                    months.put(
                            YearMonth.parse(rs.getString("month")),
                            rs.getTimestamp("computed_at").toInstant());
                });
        return months;
    }

    /** The municipality's areas: those of its published meeting places. */
    List<String> areas() {
        return jdbc.getJdbcTemplate()
                .query(
                        "SELECT DISTINCT area FROM places_place WHERE status = 'PUBLISHED' AND area <> '' ORDER BY area",
                        (rs, row) -> rs.getString("area"));
    }

    /** A figure's grouped statement over {@code months}, its period parameters suffixed with {@code run}. */
    private static String grouped(Metric metric, DashboardPeriod months, String run) {
        return WRAPPER.formatted(metric.name(), inner(metric, months, run));
    }

    /** The languages of each month and area of {@code months}, with the number of posts. */
    private static String languages(DashboardPeriod months, String run) {
        return "SELECT x.b, x.a, x.pid l, COUNT(*) n FROM (" + inner(Metric.LANGUAGES_USED, months, run)
                + ") x GROUP BY x.b, x.a, x.pid";
    }

    private static String inner(Metric metric, DashboardPeriod months, String run) {
        return metric.inner(months.months().size())
                .replace("{months}", months(months))
                .replace(":from", ":from" + run)
                .replace(":to", ":to" + run);
    }

    private static MapSqlParameterSource period(MapSqlParameterSource params, DashboardPeriod months, String run) {
        return params.addValue("from" + run, months.first().atDay(1).atStartOfDay())
                .addValue("to" + run, months.last().plusMonths(1).atDay(1).atStartOfDay());
    }

    /** The period's months as a derived table of first days (dates we make, never user input). */
    private static String months(DashboardPeriod months) {
        return months.months().stream()
                .map(m -> "SELECT DATE '" + m.atDay(1) + "' d")
                .collect(Collectors.joining(" UNION ALL ", "(", ")"));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
