package se.brobygge.employers.internal;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import se.brobygge.employers.Participant;
import se.brobygge.employers.SeatingPlan;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.pdf.PdfDocument;

/** A seating plan on paper: table cards and the seating list, as PDF. */
public final class SeatingPrintout {

    private SeatingPrintout() {}

    /** One page per table (its number, then its people), then everyone in name order with their table. */
    public static byte[] pdf(
            String theme, Instant startsAt, SeatingPlan plan, Function<String, String> t, Locale locale) {
        List<String> headers = List.of(
                t.apply("employers.print.name"),
                t.apply("employers.print.role"),
                t.apply("employers.print.organisation"));
        PdfDocument pdf = new PdfDocument(locale.getLanguage(), theme);
        for (SeatingPlan.PlanTable table : plan.tables()) {
            pdf.heading(t.apply("employers.print.table").replace("{0}", Integer.toString(table.number())))
                    .table(headers, table.people().stream().map(p -> row(p, t)).toList())
                    .pageBreak();
        }
        List<String> listHeaders = new ArrayList<>(headers);
        listHeaders.add(t.apply("employers.print.tableColumn"));
        List<List<String>> rows = plan.tables().stream()
                .flatMap(table -> table.people().stream())
                .sorted(Comparator.comparing(Participant::displayName, Collator.getInstance(locale)))
                .map(p -> {
                    List<String> row = new ArrayList<>(row(p, t));
                    row.add(p.table() == null ? "" : Integer.toString(p.table()));
                    return row;
                })
                .toList();
        return pdf.heading(t.apply("employers.print.list"))
                .paragraph(theme + ", " + Formats.dateTime(startsAt, locale))
                .table(listHeaders, rows)
                .toPdf();
    }

    private static List<String> row(Participant p, Function<String, String> t) {
        return List.of(
                p.displayName(),
                t.apply("employers.role." + p.role()),
                p.organisationName() == null ? "" : p.organisationName());
    }
}
