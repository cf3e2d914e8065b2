package se.brobygge.messaging.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Message text is plain text, shown with {@code setText} only, so nothing in it is ever markup.
 * Cleaning removes what a person cannot see or did not mean: control and formatting characters
 * that hide or reorder text (except line breaks), runs of blank lines and surrounding space.
 */
public final class MessageText {

    public static final int MAX_LENGTH = 2000;

    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MessageText() {}

    public static String clean(String text) {
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        normalised = INVISIBLE.matcher(normalised).replaceAll("");
        normalised = BLANK_LINES.matcher(normalised).replaceAll("\n\n");
        return normalised.strip();
    }
}
