package se.brobygge.insights.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.insights.InsightsTestData;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.TestAccounts;

/** Staff open the follow-up dashboard in a real browser: mirrored charts in Arabic, tables, CSV; axe finds nothing. */
class DashboardBT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void arabicStaffSeeMirroredChartsWithTablesAndExportCsv() throws IOException {
        TestAccounts.Created organiser = accounts.create("Lina", Roles.STAFF);
        InsightsTestData data = new InsightsTestData(jdbc);
        String area = InsightsTestData.unique("Östra");
        LocalDateTime lastMonth =
                YearMonth.now(ZoneOffset.UTC).minusMonths(1).atDay(10).atTime(17, 0);
        long event = data.event(organiser.id().value(), data.place(area), lastMonth, 20, "EVERYONE");
        for (int i = 0; i < 2; i++) {
            data.signUp(event, accounts.create("Deltagare", Roles.RESIDENT).id().value(), lastMonth.minusDays(3), null);
        }
        try {
            Page page = newPage(Language.ARABIC);
            signIn(page, "Lina", Roles.STAFF);
            open(page, "staff/insights");

            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").textContent()).isEqualTo("المتابعة");
            int charts = page.locator("svg.insights-chart-svg").count();
            assertThat(charts).isGreaterThanOrEqualTo(20);
            assertThat(page.locator("svg.insights-chart-svg[data-direction=rtl]")
                            .count())
                    .isEqualTo(charts);
            assertThat(page.locator("table caption").count()).isEqualTo(charts);
            assertThat(page.locator("table caption").allTextContents()).contains("التسجيلات والحضور");
            // the first month stands at the right of the last one
            List<Object> xs = List.of(page.evaluate("""
                    () => Array.from(document.querySelector('svg.insights-chart-svg')
                        .querySelectorAll('text.insights-chart-label')).map(t => parseFloat(t.getAttribute('x')))"""));
            @SuppressWarnings("unchecked")
            List<Number> labels = (List<Number>) xs.getFirst();
            assertThat(labels.getFirst().doubleValue())
                    .isGreaterThan(labels.getLast().doubleValue());
            var box = page.locator("svg.insights-chart-svg").first().boundingBox();
            assertThat(box.width).isGreaterThan(200);

            Download download =
                    page.waitForDownload(() -> page.locator("a.insights-csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFFالقسم,الجدول,الصف");
            assertThat(csv).contains("الفعاليات,التسجيلات والحضور,التسجيلات");
            assertThat(csv).contains(area + ",");
            assertThat(csv.lines()
                            .filter(l -> l.contains("," + area + ","))
                            .findFirst()
                            .orElseThrow())
                    .contains("<5");
            screenshot(page, "insights-dashboard-ar");
        } finally {
            data.deleteEvent(event);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void noTwoMonthLabelsOfAChartOverlap(Language language) {
        Page page = newPage(language);
        signIn(page, "Anders", Roles.STAFF);
        open(page, "staff/insights");
        Object overlapping = page.evaluate("""
                () => Array.from(document.querySelectorAll('svg.insights-chart-svg')).flatMap((svg, chart) => {
                  const boxes = Array.from(svg.querySelectorAll('text.insights-chart-label'))
                      .map(t => ({text: t.textContent, box: t.getBoundingClientRect()}))
                      .sort((a, b) => a.box.left - b.box.left);
                  return boxes.slice(1).filter((b, i) => b.box.left < boxes[i].box.right)
                      .map((b, i) => 'chart ' + chart + ': ' + boxes[i].text + ' / ' + b.text);
                })""");
        assertThat((List<?>) overlapping).as("overlapping month labels").isEmpty();
        screenshot(page, "insights-dashboard-labels-" + language.code());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ENGLISH", "ARABIC"})
    void dashboardHasNoAxeViolations(Language language) {
        Page page = newPage(language);
        signIn(page, "Anders", Roles.STAFF);
        open(page, "staff/insights");
        assertNoAxeViolations(page, "/staff/insights (" + language.code() + ")");
    }
}
