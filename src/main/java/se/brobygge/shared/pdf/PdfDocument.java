package se.brobygge.shared.pdf;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;

/**
 * A simple printable document: headings, paragraphs, facts and tables, each piece of text in its
 * own language and direction. Callers give plain text only; everything is escaped here, so user
 * text can never become markup. The embedded DejaVu Sans font covers Latin, Cyrillic and Arabic
 * (with the Persian letters Dari uses); Arabic script is shaped and reordered by ICU
 * (openhtmltopdf's RTL support). Noto Sans Ethiopic is the fallback for the Ge'ez script of
 * Tigrinya, which DejaVu Sans lacks: openhtmltopdf takes each character from the first font of the
 * family list that has it.
 *
 * <pre>
 * byte[] pdf = new PdfDocument("sv", "Deltagare").heading("Språkcafé").table(headers, rows).toPdf();
 * </pre>
 */
public final class PdfDocument {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String ETHIOPIC_FONT_FAMILY = "Noto Sans Ethiopic";
    /** Right-to-left languages people may write in besides Brobygge's own. */
    private static final List<String> OTHER_RTL_LANGUAGES = List.of("fa", "he", "ur", "ps", "ckb", "ug", "yi");

    private final String language;
    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** @param language the document's language (BCP 47 code); sets its base direction */
    public PdfDocument(String language, String title) {
        this.language = language;
        this.title = title;
        body.append("<h1>").append(escape(title)).append("</h1>\n");
    }

    /**
     * Whether text in this language is written right to left: as Brobygge's own languages say
     * ({@link Language#rightToLeft()}: Arabic and Dari), and for other languages people write in.
     */
    public static boolean rightToLeft(@Nullable String language) {
        if (language == null) {
            return false;
        }
        String code = language.toLowerCase(Locale.ROOT).split("-")[0];
        return Language.byCode(code).map(Language::rightToLeft).orElseGet(() -> OTHER_RTL_LANGUAGES.contains(code));
    }

    public PdfDocument heading(String text) {
        body.append("<h2>").append(escape(text)).append("</h2>\n");
        return this;
    }

    /** A paragraph in the document's language. */
    public PdfDocument paragraph(String text) {
        return paragraph(text, null);
    }

    /** A paragraph in its own language (e.g. a resident's post), with that language's direction. */
    public PdfDocument paragraph(String text, @Nullable String textLanguage) {
        body.append("<p").append(langAttributes(textLanguage)).append('>');
        appendLines(text);
        body.append("</p>\n");
        return this;
    }

    /** A small grey line, e.g. who wrote the next paragraph and when. */
    public PdfDocument note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    /** Pairs of label and value. */
    public PdfDocument facts(List<List<String>> pairs) {
        body.append("<table class=\"facts\">");
        for (List<String> pair : pairs) {
            body.append("<tr><th>")
                    .append(escape(pair.get(0)))
                    .append("</th><td>")
                    .append(escape(pair.size() > 1 ? pair.get(1) : ""))
                    .append("</td></tr>");
        }
        body.append("</table>\n");
        return this;
    }

    public PdfDocument table(List<String> headers, List<List<String>> rows) {
        body.append("<table class=\"grid\"><thead><tr>");
        headers.forEach(h -> body.append("<th>").append(escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            body.append("<tr>");
            row.forEach(cell ->
                    body.append("<td dir=\"auto\">").append(escape(cell)).append("</td>"));
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
        return this;
    }

    /** Starts the next content on a new page. */
    public PdfDocument pageBreak() {
        body.append("<div class=\"break\"></div>\n");
        return this;
    }

    /** The XHTML that is rendered (for tests and debugging). */
    public String xhtml() {
        String dir = rightToLeft(language) ? "rtl" : "ltr";
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"" + escape(language)
                + "\" dir=\"" + dir + "\"><head><meta charset=\"UTF-8\"/><title>" + escape(title) + "</title>"
                + "<style>@page { size: A4; margin: 18mm 16mm; }"
                + " body { font-family: '" + FONT_FAMILY + "', '" + ETHIOPIC_FONT_FAMILY
                + "'; font-size: 10pt; line-height: 1.35; }"
                + " h1 { font-size: 17pt; } h2 { font-size: 13pt; margin-top: 14pt; }"
                + " p { margin: 0 0 6pt 0; } .note { color: #555; font-size: 8.5pt; margin-bottom: 1pt; }"
                + " table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }"
                + " .grid th, .grid td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: start; }"
                + " .facts th { text-align: start; padding-inline-end: 8pt; width: 35%; }"
                + " .break { page-break-after: always; }</style></head><body>" + body + "</body></html>";
    }

    public byte[] toPdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("NotoSansEthiopic-Regular.ttf"),
                    ETHIOPIC_FONT_FAMILY,
                    400,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> font("NotoSansEthiopic-Bold.ttf"),
                    ETHIOPIC_FONT_FAMILY,
                    700,
                    BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(
                    rightToLeft(language)
                            ? BaseRendererBuilder.TextDirection.RTL
                            : BaseRendererBuilder.TextDirection.LTR);
            builder.withHtmlContent(xhtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void appendLines(String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                body.append("<br/>");
            }
            body.append(escape(lines[i]));
        }
    }

    private static String langAttributes(@Nullable String textLanguage) {
        if (textLanguage == null || textLanguage.isBlank()) {
            return "";
        }
        return " lang=\"" + escape(textLanguage) + "\" dir=\"" + (rightToLeft(textLanguage) ? "rtl" : "ltr") + "\"";
    }

    private static InputStream font(String file) {
        InputStream in = PdfDocument.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font missing from the classpath: /fonts/" + file);
        }
        return in;
    }

    /** Escapes text for XHTML and drops the characters XML does not allow. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // directional isolates (names put into translated sentences) are left out: the
                    // PDF fonts have no glyph for them, and each table cell is its own paragraph
                    boolean isolate = c >= 0x2066 && c <= 0x2069;
                    boolean allowed = !isolate
                            && (c == 0x9
                                    || c == 0xA
                                    || c == 0xD
                                    || c >= 0x20 && c <= 0xD7FF
                                    || c >= 0xE000 && c <= 0xFFFD
                                    || c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
