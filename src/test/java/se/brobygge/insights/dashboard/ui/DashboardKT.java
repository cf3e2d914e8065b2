package se.brobygge.insights.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.insights.DashboardPeriod;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardRequest;
import se.brobygge.insights.DashboardService;
import se.brobygge.insights.InsightsTestData;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Staff see every figure as a chart with a captioned table, choose periods, and export what they see. */
class DashboardKT extends KaribuTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    I18NProvider i18n;

    @Test
    void staffSeeChartsWithTablesAndCanChooseAMonth() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/insights");

        assertThat(_get(H1.class).getText()).isEqualTo("Uppföljning");
        List<Svg> charts = _find(Svg.class);
        List<NativeTable> tables = _find(NativeTable.class);
        assertThat(charts).hasSizeGreaterThanOrEqualTo(20);
        assertThat(tables).hasSameSizeAs(charts);
        assertThat(tables)
                .extracting(NativeTable::getCaptionText)
                .contains("Anmälningar och närvaro", "Anmälningar per valt språk", "Tid till beslut (timmar, snitt)");
        // the last 12 months and the whole period: 14 header cells
        NativeTable participation = tables.stream()
                .filter(t -> t.getCaptionText().equals("Anmälningar och närvaro"))
                .findFirst()
                .orElseThrow();
        assertThat(participation.getHead().getRows().getFirst().getHeaderCells())
                .hasSize(14);

        @SuppressWarnings("unchecked")
        Select<DashboardView.Kind> kind = _get(Select.class, spec -> spec.withLabel("Period"));
        kind.setValue(DashboardView.Kind.MONTH);
        _click(_get(Button.class, spec -> spec.withText("Visa")));
        participation = _find(NativeTable.class).stream()
                .filter(t -> t.getCaptionText().equals("Anmälningar och närvaro"))
                .findFirst()
                .orElseThrow();
        assertThat(participation.getHead().getRows().getFirst().getHeaderCells())
                .hasSize(3);
    }

    @Test
    void aCustomPeriodEndingBeforeItStartsIsRefusedNextToTheField() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/insights");
        @SuppressWarnings("unchecked")
        Select<YearMonth> from = _get(Select.class, spec -> spec.withLabel("Från månad"));
        @SuppressWarnings("unchecked")
        Select<YearMonth> to = _get(Select.class, spec -> spec.withLabel("Till månad"));
        from.setValue(to.getValue());
        to.setValue(to.getValue().minusMonths(2));
        _click(_get(Button.class, spec -> spec.withText("Visa")));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("Till-månaden får inte ligga före från-månaden.");
    }

    @Test
    void arabicPageIsMirroredAndExportsSayLessThanFive() {
        TestAccounts.Created staff = signIn("Lina", Roles.STAFF);
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("staff/insights");
        assertThat(_get(H1.class).getText()).isEqualTo("المتابعة");
        assertThat(_find(Svg.class).getFirst().getElement().toString()).isNotNull();

        InsightsTestData data = new InsightsTestData(jdbc);
        String area = InsightsTestData.unique("Västra");
        int year = 1975;
        long event = data.event(staff.id().value(), data.place(area), LocalDateTime.of(year, 6, 1, 10, 0), 10, "WOMEN");
        try {
            for (int i = 0; i < 3; i++) {
                data.signUp(
                        event,
                        accounts.create("Deltagare", Roles.RESIDENT).id().value(),
                        LocalDateTime.of(year, 5, 20, 10, i),
                        null);
            }
            DashboardReport report = RunAs.as(
                    staff,
                    Roles.STAFF,
                    () -> dashboards.report(
                            new DashboardRequest(DashboardPeriod.month(YearMonth.of(year, 5)), area, 7)));
            Locale arabic = Locale.forLanguageTag("ar");
            DashboardText text = new DashboardText(key -> i18n.getTranslation(key, arabic), arabic);
            String csv = new String(DashboardExports.csv(report, text), StandardCharsets.UTF_8);
            assertThat(csv).contains("التسجيلات حسب المنطقة").contains(area + ",<5,0");
            assertThat(csv.lines()
                            .filter(l -> l.contains(",التسجيلات,"))
                            .findFirst()
                            .orElseThrow())
                    .endsWith(",<5,0");
            byte[] pdf = DashboardExports.pdf(report, text, "مايو");
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        } finally {
            data.deleteEvent(event);
        }
    }

    @Test
    void areaNamesStartingLikeFormulasAreTextInTheCsv() throws Exception {
        TestAccounts.Created staff = signIn("Lina", Roles.STAFF);
        InsightsTestData data = new InsightsTestData(jdbc);
        String area = "=HYPERLINK(\"https://evil.example\",\"" + InsightsTestData.unique("Västra") + "\")";
        int year = 1974;
        long event = data.event(staff.id().value(), data.place(area), LocalDateTime.of(year, 6, 1, 10, 0), 10, "WOMEN");
        try {
            data.signUp(
                    event,
                    accounts.create("Deltagare", Roles.RESIDENT).id().value(),
                    LocalDateTime.of(year, 5, 20, 10, 0),
                    null);
            DashboardReport report = RunAs.as(
                    staff,
                    Roles.STAFF,
                    () -> dashboards.report(
                            new DashboardRequest(DashboardPeriod.month(YearMonth.of(year, 5)), area, 7)));
            Locale swedish = Locale.forLanguageTag("sv");
            DashboardText text = new DashboardText(key -> i18n.getTranslation(key, swedish), swedish);
            String csv = new String(DashboardExports.csv(report, text), StandardCharsets.UTF_8).substring(1);
            List<CSVRecord> rows =
                    CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
            List<String> cells = rows.stream().flatMap(r -> r.toList().stream()).toList();
            assertThat(cells).contains("'" + area).doesNotContain(area);
            assertThat(cells).filteredOn(c -> c.startsWith("'")).containsOnly("'" + area);
        } finally {
            data.deleteEvent(event);
        }
    }
}
