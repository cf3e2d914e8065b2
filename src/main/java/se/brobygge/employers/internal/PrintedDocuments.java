package se.brobygge.employers.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import se.brobygge.employers.Participant;
import se.brobygge.employers.SeatingPlan;
import se.brobygge.shared.i18n.Formats;

/**
 * Table cards and the seating list as PDF: XHTML written here with every user text escaped, turned
 * into PDF by openhtmltopdf. A stand-in for the shared PDF helper (shared.pdf) until it is merged.
 */
@Component
public class PrintedDocuments {

    /** A font with Latin, Arabic and many more letters, when the machine has it; else the PDF base font. */
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    public byte[] seating(String theme, Instant startsAt, SeatingPlan plan, Function<String, String> t, Locale locale) {
        StringBuilder html = new StringBuilder();
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(xml(locale.getLanguage())).append("\"><head><title>").append(xml(theme))
                .append("</title><style>")
                .append("@page { size: A4; margin: 18mm; } body { font-family: 'Brobygge Sans', sans-serif; font-size: 12pt; }")
                .append(".card { page-break-after: always; text-align: center; padding-top: 40mm; }")
                .append(".card h1 { font-size: 60pt; margin: 0; } .card li { font-size: 18pt; list-style: none; margin: 6pt; }")
                .append("table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #444; padding: 4pt; text-align: start; }")
                .append("</style></head><body>");
        for (SeatingPlan.PlanTable table : plan.tables()) {
            html.append("<div class=\"card\"><p>").append(xml(theme)).append("</p><h1>")
                    .append(xml(t.apply("employers.print.table").replace("{0}", Integer.toString(table.number()))))
                    .append("</h1><ul>");
            for (Participant p : table.people()) {
                html.append("<li>").append(xml(p.displayName())).append(" – ")
                        .append(xml(t.apply("employers.role." + p.role())));
                if (p.organisationName() != null) {
                    html.append(", ").append(xml(p.organisationName()));
                }
                html.append("</li>");
            }
            html.append("</ul></div>");
        }
        html.append("<h1>").append(xml(t.apply("employers.print.list"))).append("</h1><p>").append(xml(theme))
                .append(", ").append(xml(Formats.dateTime(startsAt, locale))).append("</p><table><thead><tr><th>")
                .append(xml(t.apply("employers.print.name"))).append("</th><th>")
                .append(xml(t.apply("employers.print.role"))).append("</th><th>")
                .append(xml(t.apply("employers.print.organisation"))).append("</th><th>")
                .append(xml(t.apply("employers.print.tableColumn"))).append("</th></tr></thead><tbody>");
        plan.tables().stream().flatMap(table -> table.people().stream())
                .sorted(java.util.Comparator.comparing(Participant::displayName, java.text.Collator.getInstance(locale)))
                .forEach(p -> html.append("<tr><td>").append(xml(p.displayName())).append("</td><td>")
                        .append(xml(t.apply("employers.role." + p.role()))).append("</td><td>")
                        .append(xml(p.organisationName() == null ? "" : p.organisationName())).append("</td><td>")
                        .append(p.table() == null ? "" : p.table()).append("</td></tr>"));
        html.append("</tbody></table></body></html>");
        return render(html.toString());
    }

    byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (FONT.canRead()) {
                builder.useFont(FONT, "Brobygge Sans");
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Escapes text for XHTML content and attribute values. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
