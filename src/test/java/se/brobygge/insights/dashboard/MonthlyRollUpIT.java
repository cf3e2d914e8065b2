package se.brobygge.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.DashboardService;
import se.brobygge.insights.InsightsTestData;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * The nightly roll-up stores the closed months' figures so that a year's dashboard counts only the
 * current month afresh: the page shows exactly what counting everything afresh shows, the current
 * month stays live, and a closed month changes at the next roll-up.
 */
@IntegrationTest
class MonthlyRollUpIT {

    @Autowired
    MonthlyRollUp rollUp;

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    InsightsTestData data;
    TestAccounts.Created staff;
    final List<Long> events = new ArrayList<>();
    YearMonth current;

    @BeforeEach
    void setUp() {
        clearRollUp();
        data = new InsightsTestData(jdbc);
        staff = accounts.create("Rut", Roles.STAFF);
        current = YearMonth.from(Instant.now().atZone(ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        clearRollUp();
        events.forEach(data::deleteEvent);
    }

    private void clearRollUp() {
        jdbc.update("DELETE FROM insights_rollup_cell");
        jdbc.update("DELETE FROM insights_rollup_month");
    }

    private List<Long> people(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(accounts.createIn(i % 2 == 0 ? "ar" : "sv", "Deltagare " + i, Roles.RESIDENT).id().value());
        }
        return ids;
    }

    /** An event in the area in that month, before now, with these people signed up that month. */
    private long eventWith(String area, YearMonth month, List<Long> who, int checkedIn) {
        LocalDateTime monthStart = month.atDay(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        LocalDateTime end = month.equals(current) ? now : month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime startsAt = monthStart.plus(Duration.between(monthStart, end).dividedBy(2));
        long event = data.event(staff.id().value(), data.place(area), startsAt, 40, "EVERYONE");
        events.add(event);
        for (int i = 0; i < who.size(); i++) {
            signUp(event, who.get(i), monthStart.plusSeconds(i + 1), i < checkedIn ? startsAt : null);
        }
        return event;
    }

    private void signUp(long event, long person, LocalDateTime at, LocalDateTime checkedIn) {
        data.signUp(event, person, at, checkedIn);
    }

    private DashboardReport report(String area, int days) {
        return RunAs.as(staff, Roles.STAFF, () -> dashboards.report(
                new DashboardRequest(DashboardPeriod.twelveMonthsTo(current), area, days)));
    }

    private List<Cell> signUps(DashboardReport report) {
        return report.series("signUps").months();
    }

    @Test
    void theStoredMonthsShowExactlyWhatCountingAfreshShowsAndTheCurrentMonthStaysLive() {
        String area = InsightsTestData.unique("Västerhamn");
        List<Long> crowd = people(14);
        eventWith(area, current.minusMonths(3), crowd.subList(0, 7), 5);
        long twoMonthsAgo = eventWith(area, current.minusMonths(2), crowd.subList(0, 6), 3);
        eventWith(area, current.minusMonths(1), crowd.subList(0, 3), 0);
        long now = eventWith(area, current, crowd.subList(0, 5), 5);

        List<DashboardReport> fresh = List.of(report(area, 7), report(null, 7), report(area, 30));
        assertThat(fresh).allSatisfy(r -> assertThat(r.storedAt()).isNull());

        int cells = rollUp.rollUp();

        assertThat(cells).isPositive();
        List<String> months = jdbc.queryForList("SELECT month FROM insights_rollup_month ORDER BY month", String.class);
        assertThat(months).hasSize(DashboardPeriod.MAX_MONTHS)
                .endsWith(current.minusMonths(1).toString())
                .startsWith(current.minusMonths(DashboardPeriod.MAX_MONTHS).toString());
        // the area's sign-ups as stored, before any suppression: the current month is not stored
        assertThat(List.of(3, 2, 1, 0).stream().map(back -> storedSignUps(current.minusMonths(back), area)).toList())
                .containsExactly(7L, 6L, 3L, null);
        List<DashboardReport> stored = List.of(report(area, 7), report(null, 7), report(area, 30));
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(stored.get(i).storedAt()).isNotNull();
            assertThat(stored.get(i).sections()).as("report %d", i).isEqualTo(fresh.get(i).sections());
        }

        // a sign-up this month shows at once (whole municipality: at least this test's five people)
        double thisMonthBefore = signUps(report(null, 7)).get(11).value();
        signUp(now, crowd.get(5), current.atDay(1).atStartOfDay().plusSeconds(30), null);
        assertThat(signUps(report(null, 7)).get(11).value()).isEqualTo(thisMonthBefore + 1);

        // sign-ups written into a closed month (late registrations) show after the next roll-up
        Cell before = signUps(report(null, 7)).get(9);
        LocalDateTime then = current.minusMonths(2).atDay(1).atStartOfDay().plusSeconds(60);
        crowd.subList(7, 12).forEach(person -> signUp(twoMonthsAgo, person, then, null));
        assertThat(signUps(report(null, 7)).get(9)).as("as stored last night").isEqualTo(before);
        rollUp.rollUp();
        assertThat(signUps(report(null, 7)).get(9).value()).isEqualTo(before.value() + 5);
        assertThat(storedSignUps(current.minusMonths(2), area)).isEqualTo(11L);
        assertThat(report(area, 7).sections()).isEqualTo(fresh(area));
    }

    private Long storedSignUps(YearMonth month, String area) {
        return jdbc.query("SELECT n FROM insights_rollup_cell WHERE metric = 'SIGN_UPS' AND month = ? AND total = FALSE "
                + "AND category = ?", rs -> rs.next() ? rs.getLong(1) : null, month.toString(), area);
    }

    /** The report with every month counted afresh, for comparison. */
    private List<DashboardReport.Section> fresh(String area) {
        clearRollUp();
        List<DashboardReport.Section> sections = report(area, 7).sections();
        rollUp.rollUp();
        return sections;
    }
}
