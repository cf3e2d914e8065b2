package se.brobygge.shared;

import java.util.regex.Pattern;

/**
 * Text for the server log without personal data or secrets: e-mail addresses and token-like
 * strings (as in links from mails) are replaced, so that a log line can quote an error from a mail
 * server or a URL safely.
 */
public final class LogText {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern TOKEN = Pattern.compile("(?i)(token|secret|code|key)=[^&\\s\"'<>]+");
    private static final Pattern LONG_SECRET = Pattern.compile("\\b[A-Za-z0-9_-]{32,}\\b");

    private LogText() {}

    public static String redacted(String text) {
        String result = EMAIL.matcher(text).replaceAll("<e-mail>");
        result = TOKEN.matcher(result).replaceAll("$1=<hidden>");
        return LONG_SECRET.matcher(result).replaceAll("<hidden>");
    }
}
