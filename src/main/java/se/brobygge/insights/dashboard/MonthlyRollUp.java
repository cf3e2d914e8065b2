package se.brobygge.insights.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.shared.operations.LongWork;
import se.brobygge.shared.operations.LongWorkRunner;

/**
 * Stores the dashboard's figures for the closed months, once a night on one node: every figure's
 * grouped statement over the last {@value DashboardPeriod#MAX_MONTHS} closed months, written by
 * the database into {@code insights_rollup_cell} in one transaction that replaces the previous
 * night's rows; the answered posts for every answer window and the languages residents wrote in
 * (a distinct count, not a sum of months) go to tables of their own. The page then reads those
 * months and counts only the current month (and any month not stored) afresh. Past months are
 * therefore as of the last night; late check-ins and answers arrive with the next run. The stored
 * counts hold no person: they also keep the statistics of sign-ups that retention has since
 * anonymised. See decision records 31 and 38.
 */
@Component
public class MonthlyRollUp {

    private static final Logger log = LoggerFactory.getLogger(MonthlyRollUp.class);
    private static final String LOCK = "insights-roll-up";

    /** Figures stored in tables of their own: the answers by window, the languages by month and area. */
    private static final Set<Metric> STORED_APART = EnumSet.of(Metric.ANSWERED, Metric.LANGUAGES_USED);

    private final DashboardQueries queries;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LockingTaskExecutor locks;
    private final boolean onStart;
    private final LongWorkRunner longWork;

    MonthlyRollUp(
            DashboardQueries queries,
            PlatformTransactionManager transactionManager,
            JdbcTemplate jdbc,
            Clock clock,
            LockProvider lockProvider,
            @Value("${brobygge.insights.roll-up-on-start:true}") boolean onStart,
            LongWorkRunner longWork) {
        this.longWork = longWork;
        this.queries = queries;
        // read committed: INSERT ... SELECT then reads a snapshot instead of locking the rows it counts,
        // so sign-ups go on while the roll-up runs
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.onStart = onStart;
    }

    @Scheduled(cron = "${brobygge.insights.roll-up-cron:0 40 1 * * *}", zone = "UTC")
    void nightly() {
        runLocked();
    }

    /** After a start with no roll-up from the last day (a new installation, demo data): one now, in the background. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        if (!onStart) {
            return;
        }
        Timestamp last = jdbc.queryForObject("SELECT MAX(computed_at) FROM insights_rollup_month", Timestamp.class);
        if (last == null || last.toInstant().isBefore(clock.instant().minus(Duration.ofDays(1)))) {
            Thread.ofVirtual().name("insights-roll-up").start(this::runLocked);
        }
    }

    /** Runs the roll-up unless another node is running it. */
    void runLocked() {
        try {
            locks.executeWithLock(
                    (Runnable) () -> longWork.run(this::rollUp),
                    new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
        } catch (RuntimeException e) {
            log.error("The dashboard's monthly roll-up failed; the page counts every month afresh until it runs", e);
        }
    }

    /**
     * Replaces the stored months with the last {@value DashboardPeriod#MAX_MONTHS} closed months,
     * counted now; returns the rows stored.
     */
    @LongWork
    public int rollUp() {
        Instant now = clock.instant();
        YearMonth last = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1);
        YearMonth first = last.minusMonths(DashboardPeriod.MAX_MONTHS - 1);
        long started = System.nanoTime();
        DashboardPeriod months = new DashboardPeriod(first, last);
        Integer rows = transactions.execute(status -> {
            for (String table : List.of(
                    "insights_rollup_cell",
                    "insights_rollup_answer",
                    "insights_rollup_language",
                    "insights_rollup_month")) {
                jdbc.update("DELETE FROM " + table + " WHERE month BETWEEN ? AND ?", first.toString(), last.toString());
            }
            int stored = 0;
            for (Metric metric : Metric.values()) {
                if (!STORED_APART.contains(metric)) {
                    stored += queries.rollUp(metric, months, now);
                }
            }
            stored += queries.rollUpAnswers(months, now);
            stored += queries.rollUpLanguages(months, now);
            Timestamp at = Timestamp.from(now);
            for (YearMonth m : months.months()) {
                jdbc.update("INSERT INTO insights_rollup_month (month, computed_at) VALUES (?, ?)", m.toString(), at);
            }
            return stored;
        });
        log.info(
                "Dashboard roll-up of {} to {}: {} cells in {} ms",
                first,
                last,
                rows,
                (System.nanoTime() - started) / 1_000_000);
        return rows == null ? 0 : rows;
    }
}
