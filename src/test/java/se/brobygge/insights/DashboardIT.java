package se.brobygge.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.DashboardReport.Row;
import se.brobygge.insights.DashboardReport.Series;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * The dashboard's figures come from the database and no cell about fewer than five people can be
 * read, recovered by subtracting a split from its total, or by subtracting two overlapping periods.
 * Each test writes its facts in a year of its own, in areas of its own.
 */
@IntegrationTest
class DashboardIT {

    @Autowired
    DashboardService dashboards;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    InsightsTestData data;
    TestAccounts.Created staff;
    int year;
    final List<Long> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        data = new InsightsTestData(jdbc);
        staff = accounts.create("Lina", Roles.STAFF);
        year = ThreadLocalRandom.current().nextInt(1980, 2010);
    }

    @AfterEach
    void tearDown() {
        events.forEach(data::deleteEvent);
    }

    private List<Long> people(int count, String language) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(accounts.createIn(language, "Deltagare " + i, Roles.RESIDENT)
                    .id()
                    .value());
        }
        return ids;
    }

    private long eventWith(String area, int month, List<Long> who, int checkedIn) {
        long event = data.event(
                staff.id().value(), data.place(area), LocalDateTime.of(year, month, 10, 17, 0), 30, "NEWCOMERS");
        events.add(event);
        for (int i = 0; i < who.size(); i++) {
            data.signUp(
                    event,
                    who.get(i),
                    LocalDateTime.of(year, month, 2, 12, i),
                    i < checkedIn ? LocalDateTime.of(year, month, 10, 17, 5) : null);
        }
        return event;
    }

    private DashboardReport report(YearMonth first, YearMonth last, String area) {
        return RunAs.as(
                staff,
                Roles.STAFF,
                () -> dashboards.report(new DashboardRequest(new DashboardPeriod(first, last), area, 7)));
    }

    @Test
    void figuresOfAnAreaAreCountedPerMonth() {
        String area = InsightsTestData.unique("Norrby");
        List<Long> seven = people(7, "ar");
        List<Long> six = people(6, "sv");
        eventWith(area, 3, seven, 4);
        eventWith(area, 4, six, 6);

        DashboardReport report = report(YearMonth.of(year, 3), YearMonth.of(year, 4), area);

        assertThat(report.months()).containsExactly(YearMonth.of(year, 3), YearMonth.of(year, 4));
        assertThat(report.series("eventsHeld").months()).extracting(Cell::value).containsExactly(1.0, 1.0);
        assertThat(report.series("seatsOffered").total().value()).isEqualTo(60.0);
        assertThat(report.series("signUps").months()).extracting(Cell::value).containsExactly(7.0, 6.0);
        assertThat(report.series("signUps").total().value()).isEqualTo(13.0);
        assertThat(report.series("firstTime").total().value()).isEqualTo(13.0);
        // March: 4 attended (4 people: suppressed), 3 no-shows; April: 6 attended, none absent
        assertThat(report.series("attended").months().get(0).suppressed()).isTrue();
        assertThat(report.series("attended").months().get(1).value()).isEqualTo(6.0);
        assertThat(report.series("attendanceRate").months().get(0).suppressed()).isTrue();
        assertThat(report.series("attendanceRate").months().get(1).value()).isEqualTo(100.0);
        assertThat(report.areas()).contains(area);
        // the language breakdown covers the whole municipality's sign-ups of those months
        Row arabic = report.breakdown("signUpsByLanguage").rows().stream()
                .filter(r -> r.category().equals("ar"))
                .findFirst()
                .orElseThrow();
        assertThat(arabic.months().get(0).value()).isEqualTo(7.0);
    }

    @Test
    void aMonthWithFewerThanFivePeopleIsHiddenAndLeftOutOfEveryTotal() {
        String area = InsightsTestData.unique("Söderdal");
        List<Long> many = people(9, "sv");
        eventWith(area, 1, many.subList(0, 6), 0);
        eventWith(area, 2, many.subList(0, 3), 0); // three people: must not be recoverable
        eventWith(area, 3, many.subList(0, 8), 0);

        DashboardReport february = report(YearMonth.of(year, 2), YearMonth.of(year, 2), area);
        assertThat(february.series("signUps").months().getFirst()).isEqualTo(Cell.SUPPRESSED);
        assertThat(february.series("signUps").total().value()).isZero();

        // differencing: every pair of overlapping periods of the quarter, longer minus shorter
        List<DashboardPeriod> periods = new ArrayList<>();
        for (int first = 1; first <= 3; first++) {
            for (int last = first; last <= 3; last++) {
                periods.add(new DashboardPeriod(YearMonth.of(year, first), YearMonth.of(year, last)));
            }
        }
        for (DashboardPeriod longer : periods) {
            for (DashboardPeriod shorter : periods) {
                double difference = report(longer.first(), longer.last(), area)
                                .series("signUps")
                                .total()
                                .value()
                        - report(shorter.first(), shorter.last(), area)
                                .series("signUps")
                                .total()
                                .value();
                assertThat(difference).as("%s minus %s", longer, shorter).isNotIn(3.0, -3.0);
            }
        }
        DashboardReport quarter = report(YearMonth.of(year, 1), YearMonth.of(year, 3), area);
        DashboardReport withoutFebruary = report(YearMonth.of(year, 3), YearMonth.of(year, 3), area);
        DashboardReport january = report(YearMonth.of(year, 1), YearMonth.of(year, 1), area);
        assertThat(quarter.series("signUps").total().value()).isEqualTo(14.0);
        assertThat(quarter.series("signUps").total().value()
                        - withoutFebruary.series("signUps").total().value()
                        - january.series("signUps").total().value())
                .isZero();
    }

    @Test
    void oneHiddenCellOfASplitTakesASecondOneWithItSoTheTotalDoesNotGiveItAway() {
        String big = InsightsTestData.unique("A-område");
        String small = InsightsTestData.unique("B-område");
        String middle = InsightsTestData.unique("C-område");
        List<Long> people = people(8, "sv");
        eventWith(big, 5, people.subList(0, 8), 0);
        eventWith(small, 5, people.subList(0, 3), 0);

        DashboardReport report = report(YearMonth.of(year, 5), YearMonth.of(year, 5), null);
        assertThat(report.series("signUps").months().getFirst().value()).isEqualTo(11.0);
        List<Row> rows = ownRows(report, big, small, middle);
        // 11 − 8 would give the 3 away: the 8 is hidden too
        assertThat(rows).allSatisfy(r -> assertThat(r.months().getFirst()).isEqualTo(Cell.SUPPRESSED));
        assertThat(report(YearMonth.of(year, 5), YearMonth.of(year, 5), big)
                        .series("signUps")
                        .months()
                        .getFirst())
                .isEqualTo(Cell.SUPPRESSED);

        eventWith(middle, 5, people.subList(0, 6), 0);
        report = report(YearMonth.of(year, 5), YearMonth.of(year, 5), null);
        rows = ownRows(report, big, small, middle);
        // 17 in all; hiding the 3 and the 6 leaves 9 to subtract, which gives neither away
        assertThat(rows.get(0).months().getFirst().value()).isEqualTo(8.0);
        assertThat(rows.get(1).months().getFirst()).isEqualTo(Cell.SUPPRESSED);
        assertThat(rows.get(2).months().getFirst()).isEqualTo(Cell.SUPPRESSED);
        assertThat(rows.get(0).total().value()).isEqualTo(8.0);
    }

    @Test
    void onePersonSigningUpOftenIsStillOnePerson() {
        String area = InsightsTestData.unique("Hamnen");
        List<Long> one = people(1, "sv");
        for (int i = 0; i < 6; i++) {
            eventWith(area, 7, one, 0);
        }
        Series signUps =
                report(YearMonth.of(year, 7), YearMonth.of(year, 7), area).series("signUps");
        assertThat(signUps.months().getFirst()).isEqualTo(Cell.SUPPRESSED);
        assertThat(report(YearMonth.of(year, 7), YearMonth.of(year, 7), area)
                        .series("eventsHeld")
                        .total()
                        .value())
                .isEqualTo(6.0);
    }

    @Test
    void onlyStaffSeeTheDashboardAndPeriodsAreChecked() {
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        assertThatThrownBy(() -> RunAs.as(
                        resident,
                        Roles.RESIDENT,
                        () -> dashboards.report(new DashboardRequest(DashboardPeriod.year(year)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new DashboardPeriod(YearMonth.of(year, 5), YearMonth.of(year, 4)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DashboardPeriod(YearMonth.of(year, 1), YearMonth.of(year + 3, 1)))
                .isInstanceOf(InvalidInputException.class);
        DashboardReport whole =
                RunAs.as(staff, Roles.STAFF, () -> dashboards.report(new DashboardRequest(DashboardPeriod.year(year))));
        assertThat(whole.months()).hasSize(12);
        assertThat(whole.sections())
                .extracting(DashboardReport.Section::key)
                .containsExactly("events", "associations", "mentoring", "employers", "dialogue", "moderation");
    }

    private static List<Row> ownRows(DashboardReport report, String... areas) {
        List<Row> rows = report.breakdown("signUpsByArea").rows();
        List<Row> own = new ArrayList<>();
        for (String area : areas) {
            rows.stream().filter(r -> r.category().equals(area)).findFirst().ifPresent(own::add);
        }
        return own;
    }
}
