package se.brobygge.insights.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static final SvgChart.Data DATA =
            new SvgChart.Data(List.of("jan", "feb", "mar"), List.of(Arrays.asList(1.0, null, 3.0)));

    private static double firstLabelX(String svg) {
        Matcher m = Pattern.compile("<text x=\"([0-9.]+)\"[^>]*class=\"insights-chart-label\"[^>]*>jan<")
                .matcher(svg);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void rightToLeftPutsTheFirstMonthAtTheRight() {
        String ltr = SvgChart.line("Anmälningar", DATA, false, Locale.forLanguageTag("sv"));
        String rtl = SvgChart.line("التسجيلات", DATA, true, Locale.forLanguageTag("ar"));
        assertThat(firstLabelX(ltr)).isLessThan(320);
        assertThat(firstLabelX(rtl)).isGreaterThan(320);
        assertThat(rtl).contains("data-direction=\"rtl\"").contains("aria-label=\"التسجيلات\"");
    }

    @Test
    void monthLabelsAreEvenlySpacedAndTheLatestMonthIsAlwaysLabelled() {
        for (int months = 1; months <= 36; months++) {
            int n = months;
            List<Integer> shown = IntStream.range(0, n)
                    .filter(i -> SvgChart.labelled(i, n))
                    .boxed()
                    .toList();
            assertThat(shown).as(n + " months").contains(n - 1).hasSizeLessThanOrEqualTo(7);
            for (int k = 1; k < shown.size(); k++) {
                assertThat(shown.get(k) - shown.get(k - 1))
                        .as(n + " months: labels apart")
                        .isEqualTo(Math.max(1, (int) Math.ceil(n / 6.0)));
            }
        }
    }

    @Test
    void aHiddenMonthIsAGapAndTextIsEscaped() {
        String svg = SvgChart.line("<b>\"x\"</b>", DATA, false, Locale.forLanguageTag("sv"));
        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;&quot;x&quot;");
        assertThat(svg.split("<circle", -1)).hasSize(3);
        assertThat(SvgChart.bar("x", DATA, false, Locale.forLanguageTag("sv")).split("<rect", -1))
                .hasSize(3);
        assertThat(svg).contains("var(--lumo-primary-color)");
    }
}
