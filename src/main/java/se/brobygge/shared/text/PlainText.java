package se.brobygge.shared.text;

import java.util.regex.Pattern;

/**
 * Plain text as the services store it: no NUL or other C0/C1 control characters, which no one
 * means to type, that a database, a log line, a CSV or a PDF may choke on, and that can make two
 * names look the same while differing. The services call this where typed text comes in, as the
 * messaging module already does for messages ({@code MessageText}).
 * <p>
 * {@link #line} is for one-line fields (names, titles, answers): a line break or tab becomes a
 * space. {@link #text} is for texts of several lines (posts, reasons): line breaks become
 * {@code \n} and tabs stay. Both strip surrounding white space. Bidirectional marks and isolates
 * are left alone: Arabic text needs them, and they are not control characters.
 */
public final class PlainText {

    /** Every C0 and C1 control character ({@code \p{Cc}}: U+0000–U+001F, U+007F–U+009F). */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private static final Pattern CONTROL_BUT_LINE_BREAK_AND_TAB = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern LINE_BREAK_OR_TAB = Pattern.compile("\\r\\n|[\\r\\n\\t\\u2028\\u2029\\u0085]");

    private PlainText() {}

    /** One line: line breaks and tabs become spaces, other control characters go, ends are stripped. */
    public static String line(String value) {
        String spaced = LINE_BREAK_OR_TAB.matcher(value).replaceAll(" ");
        return CONTROL.matcher(spaced).replaceAll("").strip();
    }

    /** Several lines: {@code \r\n} and {@code \r} become {@code \n}, tabs stay, other control characters go. */
    public static String text(String value) {
        String unified = value.replace("\r\n", "\n").replace('\r', '\n');
        return CONTROL_BUT_LINE_BREAK_AND_TAB.matcher(unified).replaceAll("").strip();
    }
}
