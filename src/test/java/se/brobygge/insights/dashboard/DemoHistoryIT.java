package se.brobygge.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.DashboardReport.Panel;
import se.brobygge.insights.DashboardReport.Unit;
import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.DashboardService;
import se.brobygge.insights.InsightsTestData;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The local run's demo history makes every chart of the dashboard show a trend over the last twelve months. */
@IntegrationTest
class DemoHistoryIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DashboardService dashboards;

    @Test
    void everyChartRises() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        for (String area : List.of("Centrum", "Norrby", "Söderdal")) {
            new InsightsTestData(jdbc).place(InsightsTestData.unique(area));
        }
        DemoHistory demo = new DemoHistory(jdbc, clock);
        transactions.executeWithoutResult(s -> demo.run(new DefaultApplicationArguments()));
        int accountsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM identity_account", Integer.class);
        transactions.executeWithoutResult(s -> demo.run(new DefaultApplicationArguments())); // once only
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_account", Integer.class))
                .isEqualTo(accountsBefore + 0);

        YearMonth last = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusMonths(1);
        DashboardReport report = RunAs.as(
                staff,
                Roles.STAFF,
                () -> dashboards.report(new DashboardRequest(DashboardPeriod.twelveMonthsTo(last))));
        for (DashboardReport.Section section : report.sections()) {
            for (Panel panel : section.panels()) {
                for (DashboardReport.Series series : panel.series()) {
                    List<Cell> months = series.months();
                    long published = months.stream()
                            .filter(c -> c.published() && c.value() > 0)
                            .count();
                    assertThat(published)
                            .as(series.key() + " has figures in most months")
                            .isGreaterThanOrEqualTo(6);
                    if (panel.unit() == Unit.COUNT && !series.key().equals("languagesUsed")) {
                        assertThat(sum(months.subList(6, 12)))
                                .as(series.key() + " grows")
                                .isGreaterThan(sum(months.subList(0, 6)));
                    }
                }
            }
            section.breakdowns()
                    .forEach(b -> assertThat(
                                    b.rows().stream().filter(r -> r.total().value() > 0))
                            .as(b.key())
                            .hasSizeGreaterThanOrEqualTo(2));
        }
    }

    private static double sum(List<Cell> cells) {
        return cells.stream().mapToDouble(Cell::orZero).sum();
    }
}
