package se.brobygge.shared.i18n;

import java.util.Collection;
import java.util.Locale;

/**
 * A list of names in a sentence or a field, e.g. the languages of an event, separated as the
 * reader's language separates them: "arabiska, dari" in Swedish, "العربية، الدرية" in Arabic (the
 * Arabic comma). It is an enumeration without "and": CLDR's list patterns ({@link java.text.ListFormat})
 * join Arabic items with a prefixed "و", which reads badly before a name in Latin script.
 */
public final class ListText {

    private ListText() {}

    public static String of(Collection<String> items, Locale reader) {
        return String.join(separator(reader), items);
    }

    /** The separator between items, with its space. */
    public static String separator(Locale reader) {
        return Language.byCode(reader.getLanguage()).map(Language::rightToLeft).orElse(false) ? "، " : ", ";
    }
}
