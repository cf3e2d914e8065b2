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
    final List<Long> dialogues = new ArrayList<>();
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
        dialogues.forEach(data::deleteDialogue);
    }

    private void clearRollUp() {
        for (String table : List.of(
                "insights_rollup_cell",
                "insights_rollup_answer",
                "insights_rollup_language",
                "insights_rollup_month")) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    private List<Long> people(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(accounts.createIn(i % 2 == 0 ? "ar" : "sv", "Deltagare " + i, Roles.RESIDENT)
                    .id()
                    .value());
        }
        return ids;
    }

    /** An event in the area in that month, before now, with these people signed up that month. */
    private long eventWith(String area, YearMonth month, List<Long> who, int checkedIn) {
        LocalDateTime monthStart = month.atDay(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        LocalDateTime end =
                month.equals(current) ? now : month.plusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime startsAt =
                monthStart.plus(Duration.between(monthStart, end).dividedBy(2));
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
        return RunAs.as(
                staff,
                Roles.STAFF,
                () -> dashboards.report(new DashboardRequest(DashboardPeriod.twelveMonthsTo(current), area, days)));
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
        // and someone's first sign-up ever this month
        signUp(now, people(1).getFirst(), current.atDay(1).atStartOfDay().plusSeconds(20), null);

        List<DashboardReport> fresh = List.of(report(area, 7), report(null, 7), report(area, 30));
        assertThat(fresh).allSatisfy(r -> assertThat(r.storedAt()).isNull());

        int cells = rollUp.rollUp();

        assertThat(cells).isPositive();
        List<String> months = jdbc.queryForList("SELECT month FROM insights_rollup_month ORDER BY month", String.class);
        assertThat(months)
                .hasSize(DashboardPeriod.MAX_MONTHS)
                .endsWith(current.minusMonths(1).toString())
                .startsWith(current.minusMonths(DashboardPeriod.MAX_MONTHS).toString());
        // the area's sign-ups as stored, before any suppression: the current month is not stored
        assertThat(List.of(3, 2, 1, 0).stream()
                        .map(back -> storedSignUps(current.minusMonths(back), area))
                        .toList())
                .containsExactly(7L, 6L, 3L, null);
        List<DashboardReport> stored = List.of(report(area, 7), report(null, 7), report(area, 30));
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(stored.get(i).storedAt()).isNotNull();
            assertThat(stored.get(i).sections())
                    .as("report %d", i)
                    .isEqualTo(fresh.get(i).sections());
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

    @Test
    void answerTimesAndLanguagesAreStoredForEveryWindowAndTheCurrentMonthIsAnsweredLive() {
        String area = InsightsTestData.unique("Bergsdal");
        List<Long> residents = people(9);
        long official = staff.id().value();
        YearMonth closed = current.minusMonths(2);
        LocalDateTime start = closed.atDay(1).atStartOfDay();
        long dialogue = data.dialogue(official, area, start);
        dialogues.add(dialogue);
        // five asked on the 2nd; the municipality's top-level answer of the 5th answers them within 3 days
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            asked.add(data.post(
                    dialogue,
                    null,
                    residents.get(i),
                    i % 2 == 0 ? "ar" : "sv",
                    false,
                    start.plusDays(1).plusHours(10).plusMinutes(i)));
        }
        data.post(dialogue, null, official, "sv", true, start.plusDays(4));
        // three more on the 6th, after it: answered in their threads after 10 days, after 40 days, and
        // once by an answer that was deleted (not answered); a resident's reply answers nothing
        LocalDateTime sixth = start.plusDays(5);
        long tenDays = data.post(dialogue, null, residents.get(5), "sv", false, sixth);
        long fortyDays = data.post(dialogue, null, residents.get(6), "ar", false, sixth.plusMinutes(1));
        long deleted = data.post(dialogue, null, residents.get(7), "so", false, sixth.plusMinutes(2));
        data.post(dialogue, tenDays, official, "sv", true, sixth.plusDays(10));
        data.post(dialogue, fortyDays, official, "ar", true, sixth.plusDays(40));
        data.deletePost(data.post(dialogue, deleted, official, "sv", true, sixth.plusDays(1)));
        data.post(dialogue, deleted, residents.get(8), "sv", false, sixth.plusDays(1));
        // this month: five asked, answered within the hour by an official answer of the dialogue
        LocalDateTime monthStart = current.atDay(1).atStartOfDay();
        long now = data.dialogue(official, area, monthStart);
        dialogues.add(now);
        for (int i = 0; i < 5; i++) {
            data.post(now, null, residents.get(i), "ti", false, monthStart.plusSeconds(i + 1));
        }
        data.post(now, null, official, "sv", true, monthStart.plusMinutes(30));

        List<Integer> windows = List.of(1, 3, 7, 30, 90);
        List<DashboardReport> fresh = new ArrayList<>();
        windows.forEach(days -> {
            fresh.add(report(area, days));
            fresh.add(report(null, days));
        });

        rollUp.rollUp();

        // the closed month as stored, before suppression: answered within 1, 3, 7, 30, 90 days
        assertThat(windows.stream()
                        .map(days -> storedAnswered(closed, area, days))
                        .toList())
                .containsExactly(0L, 5L, 5L, 6L, 7L);
        assertThat(jdbc.queryForList(
                        "SELECT language FROM insights_rollup_language WHERE month = ? AND area = ? "
                                + "ORDER BY language",
                        String.class,
                        closed.toString(),
                        area))
                .containsExactly("ar", "so", "sv");
        List<DashboardReport> stored = new ArrayList<>();
        windows.forEach(days -> {
            stored.add(report(area, days));
            stored.add(report(null, days));
        });
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(stored.get(i).storedAt()).isNotNull();
            assertThat(stored.get(i).sections())
                    .as("report %d", i)
                    .isEqualTo(fresh.get(i).sections());
        }
        // languages (not suppressed): ar, so, sv in the closed month, ti this month; four in the period,
        // a distinct count rather than a sum of months
        DashboardReport ours = report(area, 30);
        assertThat(ours.series("languagesUsed").months().get(9).value()).isEqualTo(3.0);
        assertThat(ours.series("languagesUsed").months().get(11).value()).isEqualTo(1.0);
        assertThat(ours.series("languagesUsed").total().value()).isEqualTo(4.0);

        // the current month is counted live: a post answered now shows at once
        double answeredNow = report(null, 7).series("answered").months().get(11).value();
        long late = data.post(now, null, residents.get(5), "ti", false, monthStart.plusMinutes(40));
        assertThat(report(null, 7).series("answered").months().get(11).value()).isEqualTo(answeredNow);
        data.post(now, late, official, "sv", true, monthStart.plusMinutes(50));
        assertThat(report(null, 7).series("answered").months().get(11).value()).isEqualTo(answeredNow + 1);
    }

    private Long storedAnswered(YearMonth month, String area, int days) {
        return jdbc.query(
                "SELECT n FROM insights_rollup_answer WHERE within_days = ? AND month = ? AND total = FALSE "
                        + "AND category = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L,
                days,
                month.toString(),
                area);
    }

    private Long storedSignUps(YearMonth month, String area) {
        return jdbc.query(
                "SELECT n FROM insights_rollup_cell WHERE metric = 'SIGN_UPS' AND month = ? AND total = FALSE "
                        + "AND category = ?",
                rs -> rs.next() ? rs.getLong(1) : null,
                month.toString(),
                area);
    }

    /** The report with every month counted afresh, for comparison. */
    private List<DashboardReport.Section> fresh(String area) {
        clearRollUp();
        List<DashboardReport.Section> sections = report(area, 7).sections();
        rollUp.rollUp();
        return sections;
    }
}
