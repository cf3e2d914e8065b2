package se.brobygge.insights.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Breakdown;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.DashboardReport.ChartType;
import se.brobygge.insights.DashboardReport.Panel;
import se.brobygge.insights.DashboardReport.Row;
import se.brobygge.insights.DashboardReport.Section;
import se.brobygge.insights.DashboardReport.Series;
import se.brobygge.insights.DashboardReport.Unit;
import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.dashboard.Suppression.Raw;
import se.brobygge.shared.operations.LongWork;

/**
 * Builds the dashboard of a period: counts every figure in the database, then applies the
 * disclosure rules ({@link Suppression}) before anything leaves this class.
 */
@Component
public class Dashboards {

    private final DashboardQueries queries;
    private final Clock clock;

    Dashboards(DashboardQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Counts every figure of the request in a handful of statements: which months the nightly
     * roll-up stored, then all figures in one statement (the stored months read from the roll-up,
     * the others, the current month at least, counted now by the figures' grouped statements), the
     * distinct languages likewise, and the areas.
     */
    // a large year counted afresh may take longer than a page's 4 s; a staff member still should
    // not wait for ever on a frozen database
    @LongWork(seconds = 60)
    @Transactional(readOnly = true)
    public DashboardReport build(DashboardRequest request) {
        Instant now = clock.instant();
        DashboardPeriod period = request.period();
        Map<YearMonth, Instant> storedAt = queries.storedMonths(period.first(), period.last());
        @Nullable DashboardPeriod stored = storedAt.isEmpty() ? null : period;
        List<DashboardPeriod> runs = unstoredRuns(period.months(), storedAt.keySet());
        Map<Metric, Counted> counted = queries.figures(request, stored, runs, now);
        counted.put(Metric.LANGUAGES_USED, queries.languagesUsed(request, stored, runs));
        return new Builder(request, counted)
                .report(
                        queries.areas(),
                        storedAt.values().stream().min(Instant::compareTo).orElse(null));
    }

    /** The runs of consecutive months that the roll-up has not stored. */
    private static List<DashboardPeriod> unstoredRuns(List<YearMonth> months, Set<YearMonth> stored) {
        List<DashboardPeriod> runs = new ArrayList<>();
        @Nullable YearMonth first = null;
        for (YearMonth month : months) {
            if (!stored.contains(month) && first == null) {
                first = month;
            } else if (stored.contains(month) && first != null) {
                runs.add(new DashboardPeriod(first, month.minusMonths(1)));
                first = null;
            }
        }
        if (first != null) {
            runs.add(new DashboardPeriod(first, months.getLast()));
        }
        return runs;
    }

    private static final class Builder {

        private final DashboardRequest request;
        private final Map<Metric, Counted> counted;
        private final List<YearMonth> months;

        Builder(DashboardRequest request, Map<Metric, Counted> counted) {
            this.request = request;
            this.counted = counted;
            this.months = request.period().months();
        }

        DashboardReport report(List<String> areas, @Nullable Instant storedAt) {
            Series attended = series("attended", Metric.ATTENDED);
            Series noShows = series("noShows", Metric.NO_SHOWS);
            Series topLevel = series("topLevelPosts", Metric.TOP_LEVEL_POSTS);
            Series answered = series("answered", Metric.ANSWERED);
            List<Section> sections = List.of(
                    new Section(
                            "events",
                            false,
                            List.of(
                                    panel(
                                            "eventsHeld",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("eventsHeld", Metric.EVENTS_HELD)),
                                    panel(
                                            "seatsOffered",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("seatsOffered", Metric.SEATS_OFFERED)),
                                    panel(
                                            "participation",
                                            ChartType.LINE,
                                            Unit.COUNT,
                                            series("signUps", Metric.SIGN_UPS),
                                            attended,
                                            noShows,
                                            series("waitlistPromotions", Metric.WAITLIST_PROMOTIONS),
                                            series("firstTime", Metric.FIRST_TIME)),
                                    panel(
                                            "attendanceRate",
                                            ChartType.LINE,
                                            Unit.PERCENT,
                                            share("attendanceRate", attended, noShows, true))),
                            List.of(
                                    breakdown("signUpsByArea", "area", Metric.SIGN_UPS),
                                    breakdown("signUpsByLanguage", "language", Metric.SIGN_UPS_BY_LANGUAGE),
                                    breakdown("signUpsByAudience", "audience", Metric.SIGN_UPS_BY_AUDIENCE))),
                    new Section(
                            "associations",
                            true,
                            List.of(
                                    panel(
                                            "organisations",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("associationsRegistered", Metric.ASSOCIATIONS_REGISTERED),
                                            series("associationsVerified", Metric.ASSOCIATIONS_VERIFIED)),
                                    panel(
                                            "joining",
                                            ChartType.LINE,
                                            Unit.COUNT,
                                            series("joinRequests", Metric.JOIN_REQUESTS),
                                            series("joins", Metric.JOINS))),
                            List.of()),
                    new Section(
                            "mentoring",
                            false,
                            List.of(
                                    panel(
                                            "rounds",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("mentorRounds", Metric.MENTOR_ROUNDS)),
                                    panel(
                                            "pairs",
                                            ChartType.LINE,
                                            Unit.COUNT,
                                            series("pairsFormed", Metric.PAIRS_FORMED),
                                            series("pairsActive", Metric.PAIRS_ACTIVE),
                                            series("pairsCompleted", Metric.PAIRS_COMPLETED)),
                                    panel(
                                            "checkins",
                                            ChartType.LINE,
                                            Unit.AVERAGE,
                                            series("checkinScore", Metric.CHECKIN_SCORE))),
                            List.of()),
                    new Section(
                            "employers",
                            false,
                            List.of(
                                    panel(
                                            "sessions",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("employerSessions", Metric.EMPLOYER_SESSIONS)),
                                    panel(
                                            "meetings",
                                            ChartType.LINE,
                                            Unit.COUNT,
                                            series("sessionParticipants", Metric.SESSION_PARTICIPANTS),
                                            series("contacts", Metric.CONTACTS)),
                                    panel(
                                            "offers",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("internshipsOffered", Metric.INTERNSHIPS_OFFERED),
                                            series("internshipsStarted", Metric.INTERNSHIPS_STARTED),
                                            series("jobsOffered", Metric.JOBS_OFFERED),
                                            series("jobsStarted", Metric.JOBS_STARTED))),
                            List.of(breakdown("participantsByRole", "role", Metric.SESSION_PARTICIPANTS_BY_ROLE))),
                    new Section(
                            "dialogue",
                            false,
                            List.of(
                                    panel(
                                            "dialogues",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("dialogues", Metric.DIALOGUES),
                                            series("languagesUsed", Metric.LANGUAGES_USED)),
                                    panel(
                                            "posts",
                                            ChartType.LINE,
                                            Unit.COUNT,
                                            series("posts", Metric.POSTS),
                                            series("dialogueParticipants", Metric.DIALOGUE_PARTICIPANTS),
                                            topLevel,
                                            answered),
                                    panel(
                                            "answeredShare",
                                            ChartType.LINE,
                                            Unit.PERCENT,
                                            share("answeredShare", answered, topLevel, false))),
                            List.of(breakdown("postsByLanguage", "language", Metric.POSTS_BY_LANGUAGE))),
                    new Section(
                            "moderation",
                            true,
                            List.of(
                                    panel(
                                            "moderationVolume",
                                            ChartType.BAR,
                                            Unit.COUNT,
                                            series("moderationDecisions", Metric.MODERATION_DECISIONS),
                                            series("moderationReports", Metric.MODERATION_REPORTS)),
                                    panel(
                                            "timeToDecision",
                                            ChartType.LINE,
                                            Unit.HOURS,
                                            series("hoursToDecision", Metric.HOURS_TO_DECISION))),
                            List.of()));
            return new DashboardReport(request, months, areas, sections, storedAt);
        }

        private static Panel panel(String key, ChartType chart, Unit unit, Series... series) {
            return new Panel(key, chart, unit, List.of(series));
        }

        /** One figure for the whole municipality, or for the chosen area when the figure has one. */
        Series series(String key, Metric metric) {
            Counted c = countedFor(metric);
            String area = metric.inner.contains("'' a,") ? null : request.area();
            List<Cell> cells = new ArrayList<>();
            List<Raw> raws = new ArrayList<>();
            for (YearMonth month : months) {
                Raw raw = area == null ? c.month(month.toString()) : c.cell(month.toString(), area);
                raws.add(raw);
                cells.add(
                        switch (metric.kind) {
                            case SUM -> Cell.of(raw.sum());
                            case DISTINCT -> Cell.of(raw.people());
                            case AVERAGE -> Suppression.average(raw);
                            case PEOPLE, LEVEL ->
                                area == null ? peopleCell(metric, raw) : split(metric, c, month, area);
                        });
            }
            Cell total = switch (metric.kind) {
                case SUM, PEOPLE -> Suppression.total(cells);
                case DISTINCT -> Cell.of(c.grand().people());
                case AVERAGE -> Suppression.averageOverPublished(raws);
                case LEVEL -> cells.isEmpty() ? Cell.EMPTY : cells.getLast();
            };
            return new Series(key, cells, total);
        }

        private Counted countedFor(Metric metric) {
            return Objects.requireNonNull(counted.get(metric), "every metric is counted");
        }

        private static Cell peopleCell(Metric metric, Raw raw) {
            return metric.kind == Metric.Kind.LEVEL ? Suppression.level(raw) : Suppression.people(raw);
        }

        /** The chosen area's cell of a month, suppressed together with the month's other areas. */
        private Cell split(Metric metric, Counted c, YearMonth month, String area) {
            Map<String, Raw> row = c.cells().getOrDefault(month.toString(), Map.of());
            if (!row.containsKey(area)) {
                return Cell.of(0);
            }
            List<String> categories = List.copyOf(row.keySet());
            List<Cell> cells = Suppression.split(
                    categories.stream().map(row::get).toList(),
                    Suppression.people(c.month(month.toString())).published());
            Cell cell = cells.get(categories.indexOf(area));
            return metric.kind == Metric.Kind.LEVEL && cell.published() ? Suppression.level(row.get(area)) : cell;
        }

        /** A figure split by category, every month suppressed on its own and against its total. */
        Breakdown breakdown(String key, String dimension, Metric metric) {
            Counted c = countedFor(metric);
            TreeSet<String> categories = new TreeSet<>();
            c.cells().values().forEach(m -> categories.addAll(m.keySet()));
            List<String> order = List.copyOf(categories);
            List<List<Cell>> rows = new ArrayList<>();
            order.forEach(x -> rows.add(new ArrayList<>()));
            for (YearMonth month : months) {
                List<Raw> raws = order.stream()
                        .map(category -> c.cell(month.toString(), category))
                        .toList();
                List<Cell> cells = Suppression.split(
                        raws, Suppression.people(c.month(month.toString())).published());
                for (int i = 0; i < order.size(); i++) {
                    rows.get(i).add(cells.get(i));
                }
            }
            List<Row> result = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                result.add(new Row(order.get(i), rows.get(i), Suppression.total(rows.get(i))));
            }
            return new Breakdown(key, dimension, result);
        }

        /**
         * A share in percent, month by month and for the period, from published cells only.
         *
         * @param partOfSum whether the whole is part + other (attended + no-shows) rather than other itself
         */
        private Series share(String key, Series part, Series other, boolean partOfSum) {
            List<Cell> cells = new ArrayList<>();
            double partSum = 0;
            double wholeSum = 0;
            for (int i = 0; i < months.size(); i++) {
                Cell p = part.months().get(i);
                Cell o = other.months().get(i);
                @Nullable
                Cell whole = p.published() && o.published()
                        ? Cell.of(partOfSum ? p.number() + o.number() : o.number())
                        : null;
                if (whole == null) {
                    cells.add(p.suppressed() || o.suppressed() ? Cell.SUPPRESSED : Cell.EMPTY);
                    continue;
                }
                cells.add(Suppression.percent(p, whole));
                partSum += p.number();
                wholeSum += whole.number();
            }
            return new Series(key, cells, wholeSum == 0 ? Cell.EMPTY : Cell.of(100.0 * partSum / wholeSum));
        }
    }
}
