package se.brobygge.insights.dashboard.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import se.brobygge.shared.i18n.Formats;

/**
 * A small line or bar chart drawn as SVG on the server: no script, no frontend build. Colours are
 * Lumo's custom properties, so the chart follows the theme. In a right-to-left page the time axis
 * runs from right to left (the first month at the right) and the value axis stands at the right.
 * Text is escaped here; callers pass plain text. A suppressed or missing value is a gap.
 */
final class SvgChart {

    static final List<String> COLOURS = List.of(
            "var(--lumo-primary-color)",
            "var(--lumo-success-color)",
            "var(--lumo-error-color)",
            "var(--lumo-warning-color, #c07b00)",
            "var(--lumo-contrast-70pct)");

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int AXIS = 48;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    /** @param values one list per series, one value per label; null where nothing may be drawn */
    record Data(List<String> labels, List<List<@Nullable Double>> values) {}

    private SvgChart() {}

    /** @param locale the page's locale, for the numbers on the value axis */
    static String line(String name, Data data, boolean rightToLeft, Locale locale) {
        return draw(name, data, rightToLeft, false, locale);
    }

    static String bar(String name, Data data, boolean rightToLeft, Locale locale) {
        return draw(name, data, rightToLeft, true, locale);
    }

    private static String draw(String name, Data data, boolean rtl, boolean bars, Locale locale) {
        int n = data.labels().size();
        double max = data.values().stream()
                .flatMap(List::stream)
                .filter(v -> v != null)
                .mapToDouble(v -> v)
                .max()
                .orElse(0);
        double top = niceCeiling(max);
        double plotWidth = WIDTH - 2.0 * AXIS;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = n == 0 ? plotWidth : plotWidth / n;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(name))
                .append("\" class=\"insights-chart-svg\" data-direction=\"")
                .append(rtl ? "rtl" : "ltr")
                .append("\" style=\"width:100%;height:auto;max-width:")
                .append(WIDTH)
                .append("px\">");
        svg.append("<title>").append(escape(name)).append("</title>");
        // value axis: gridlines and labels at 0, half and top
        double axisX = rtl ? WIDTH - AXIS : AXIS;
        for (int i = 0; i <= 2; i++) {
            double value = top * i / 2;
            double y = TOP + plotHeight - plotHeight * i / 2;
            svg.append("<line x1=\"")
                    .append(AXIS)
                    .append("\" x2=\"")
                    .append(WIDTH - AXIS)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\" style=\"stroke:var(--lumo-contrast-20pct)\"/>");
            svg.append("<text x=\"")
                    .append(fmt(rtl ? axisX + 6 : axisX - 6))
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"")
                    .append(rtl ? "start" : "end")
                    .append("\" style=\"fill:var(--lumo-secondary-text-color);font-size:11px\">")
                    .append(escape(Formats.decimal(value, 1, locale)))
                    .append("</text>");
        }
        for (int i = 0; i < n; i++) {
            double centre = x(i, step, rtl);
            if (labelled(i, n)) {
                svg.append("<text x=\"")
                        .append(fmt(centre))
                        .append("\" y=\"")
                        .append(HEIGHT - 12)
                        .append("\" text-anchor=\"middle\" class=\"insights-chart-label\" ")
                        .append("style=\"fill:var(--lumo-secondary-text-color);font-size:11px\">")
                        .append(escape(data.labels().get(i)))
                        .append("</text>");
            }
        }
        int series = data.values().size();
        for (int s = 0; s < series; s++) {
            String colour = COLOURS.get(s % COLOURS.size());
            List<@Nullable Double> values = data.values().get(s);
            if (bars) {
                double barWidth = step * 0.8 / Math.max(1, series);
                for (int i = 0; i < n; i++) {
                    Double value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    double h = top == 0 ? 0 : plotHeight * value / top;
                    double offset = -step * 0.4 + barWidth * s;
                    double left = rtl ? x(i, step, true) - offset - barWidth : x(i, step, false) + offset;
                    svg.append("<rect x=\"")
                            .append(fmt(left))
                            .append("\" y=\"")
                            .append(fmt(TOP + plotHeight - h))
                            .append("\" width=\"")
                            .append(fmt(barWidth))
                            .append("\" height=\"")
                            .append(fmt(h))
                            .append("\" style=\"fill:")
                            .append(colour)
                            .append("\"/>");
                }
            } else {
                StringBuilder path = new StringBuilder();
                boolean pen = false;
                for (int i = 0; i < n; i++) {
                    Double value = values.get(i);
                    if (value == null) {
                        pen = false;
                        continue;
                    }
                    double y = TOP + plotHeight - (top == 0 ? 0 : plotHeight * value / top);
                    path.append(pen ? " L" : " M")
                            .append(fmt(x(i, step, rtl)))
                            .append(' ')
                            .append(fmt(y));
                    pen = true;
                    svg.append("<circle cx=\"")
                            .append(fmt(x(i, step, rtl)))
                            .append("\" cy=\"")
                            .append(fmt(y))
                            .append("\" r=\"3\" style=\"fill:")
                            .append(colour)
                            .append("\"/>");
                }
                if (!path.isEmpty()) {
                    svg.append("<path d=\"")
                            .append(path.toString().trim())
                            .append("\" style=\"fill:none;stroke:")
                            .append(colour)
                            .append(";stroke-width:2\"/>");
                }
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /**
     * At most about six month labels, evenly spaced and counted back from the latest month, which
     * is always labelled: no label ever stands next to another (they would overlap).
     */
    static boolean labelled(int i, int n) {
        int every = Math.max(1, (int) Math.ceil(n / 6.0));
        return (n - 1 - i) % every == 0;
    }

    /** The centre of the i-th month: from the left, or from the right in a right-to-left page. */
    static double x(int i, double step, boolean rtl) {
        double fromStart = AXIS + step * i + step / 2;
        return rtl ? WIDTH - fromStart : fromStart;
    }

    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * magnitude >= max) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The SVG is parsed as HTML (inline in the page), so HTML escaping is right here. */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
