package se.brobygge.insights.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import se.brobygge.insights.DashboardReport;
import se.brobygge.insights.DashboardReport.Breakdown;
import se.brobygge.insights.DashboardReport.Panel;
import se.brobygge.insights.DashboardReport.Section;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.pdf.PdfDocument;

/**
 * Every figure of the dashboard as CSV (for spreadsheets) and PDF (for the municipal board), from
 * the already suppressed report: what the page shows as "&lt;5" is "&lt;5" here too.
 */
final class DashboardExports {

    private DashboardExports() {}

    /** UTF-8 with a byte order mark, so spreadsheet programs read Arabic and Swedish letters right. */
    static byte[] csv(DashboardReport report, DashboardText text) {
        List<String> header = new ArrayList<>(List.of(text.t("insights.csv.section"), text.t("insights.csv.table")));
        header.addAll(text.headers(report, text.t("insights.csv.row")));
        CsvWriter csv = CsvWriter.withHeader(header);
        for (Section section : report.sections()) {
            for (Panel panel : section.panels()) {
                for (List<String> row : text.rows(panel, true)) {
                    csv.row(prefixed(text.section(section.key()), text.panel(panel.key()), row));
                }
            }
            for (Breakdown breakdown : section.breakdowns()) {
                for (List<String> row : text.rows(breakdown, true)) {
                    csv.row(prefixed(text.section(section.key()), text.breakdown(breakdown.key()), row));
                }
            }
        }
        return csv.toBytes();
    }

    static byte[] pdf(DashboardReport report, DashboardText text, String period) {
        PdfDocument pdf = new PdfDocument(text.locale().getLanguage(), text.t("insights.title"));
        pdf.paragraph(period);
        pdf.note(text.t("insights.suppressionNote"));
        for (Section section : report.sections()) {
            pdf.heading(text.section(section.key()));
            for (Panel panel : section.panels()) {
                pdf.note(text.panel(panel.key()));
                pdf.table(text.headers(report, text.t("insights.table.figure")), text.rows(panel, false));
            }
            for (Breakdown breakdown : section.breakdowns()) {
                pdf.note(text.breakdown(breakdown.key()));
                pdf.table(
                        text.headers(report, text.t("insights.dimension." + breakdown.dimension())),
                        text.rows(breakdown, false));
            }
        }
        return pdf.toPdf();
    }

    private static List<String> prefixed(String section, String table, List<String> row) {
        List<String> record = new ArrayList<>(List.of(section, table));
        record.addAll(row);
        return record;
    }
}
