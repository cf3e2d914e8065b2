package se.brobygge.insights.dashboard.ui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Breakdown;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.DashboardReport.Panel;
import se.brobygge.insights.DashboardReport.Row;
import se.brobygge.insights.DashboardReport.Unit;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;

/**
 * The words and numbers of the dashboard in one language, shared by the page, the CSV and the
 * PDF so that all three say the same. A suppressed cell is always "&lt;5".
 */
final class DashboardText {

    static final String SUPPRESSED = "<5";

    private final Function<String, String> translate;
    private final Locale locale;

    DashboardText(Function<String, String> translate, Locale locale) {
        this.translate = translate;
        this.locale = locale;
    }

    String t(String key) {
        return translate.apply(key);
    }

    Locale locale() {
        return locale;
    }

    String month(YearMonth month) {
        return Formats.shortMonthYear(month, locale);
    }

    String section(String key) {
        return t("insights.section." + key);
    }

    String panel(String key) {
        return t("insights.panel." + key);
    }

    String figure(String key) {
        return t("insights.figure." + key);
    }

    String breakdown(String key) {
        return t("insights.breakdown." + key);
    }

    /** A category of a breakdown: a language's name, an audience, a role, or an area as written. */
    String category(String dimension, String code) {
        if (code.isEmpty()) {
            return t("insights.category.none." + dimension);
        }
        return switch (dimension) {
            case "language" -> LanguageNames.label(code, locale);
            case "audience" -> t("events.audience." + code);
            case "role" -> t("employers.role." + code);
            default -> code;
        };
    }

    /** A cell for people to read, in the page's language. */
    String cell(Cell cell, Unit unit) {
        if (cell.suppressed()) {
            return SUPPRESSED;
        }
        if (cell.value() == null) {
            return "–";
        }
        String number = Formats.decimal(cell.value(), unit == Unit.COUNT || unit == Unit.PERCENT ? 0 : 1, locale);
        return unit == Unit.PERCENT ? number + " %" : number;
    }

    /** A cell for a spreadsheet: plain digits with a point, "<5" when suppressed, empty when nothing. */
    static String plain(Cell cell, Unit unit) {
        if (cell.suppressed()) {
            return SUPPRESSED;
        }
        if (cell.value() == null) {
            return "";
        }
        double value = cell.value();
        return unit == Unit.COUNT ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** The header row of a figure table: the name column, every month, the period. */
    List<String> headers(DashboardReport report, String first) {
        List<String> headers = new ArrayList<>();
        headers.add(first);
        report.months().forEach(m -> headers.add(month(m)));
        headers.add(t("insights.table.total"));
        return headers;
    }

    List<List<String>> rows(Panel panel, boolean plain) {
        return panel.series().stream()
                .map(s -> {
                    List<String> row = new ArrayList<>();
                    row.add(figure(s.key()));
                    s.months().forEach(c -> row.add(plain ? plain(c, panel.unit()) : cell(c, panel.unit())));
                    row.add(plain ? plain(s.total(), panel.unit()) : cell(s.total(), panel.unit()));
                    return row;
                })
                .toList();
    }

    List<List<String>> rows(Breakdown breakdown, boolean plain) {
        return breakdown.rows().stream()
                .map((Row r) -> {
                    List<String> row = new ArrayList<>();
                    row.add(category(breakdown.dimension(), r.category()));
                    r.months().forEach(c -> row.add(plain ? plain(c, Unit.COUNT) : cell(c, Unit.COUNT)));
                    row.add(plain ? plain(r.total(), Unit.COUNT) : cell(r.total(), Unit.COUNT));
                    return row;
                })
                .toList();
    }
}
