package se.brobygge.shared.i18n;

import java.util.Locale;
import java.util.Map;

/**
 * A language's name in the reader's language: "ar" is "arabiska" on a Swedish page and "العربية"
 * on an Arabic one. Every page that names a language from its code goes through here, so no page
 * shows a bare code.
 */
public final class LanguageNames {

    /**
     * Dari ("prs") is missing from the JDK's locale data (it knows only Persian, "fa"): its name in
     * each of Brobygge's languages.
     */
    private static final Map<String, String> DARI = Map.of(
            "sv", "dari",
            "en", "Dari",
            "ar", "الدرية",
            "prs", "دری",
            "so", "Dari",
            "ti", "ዳሪ",
            "uk", "дарі");

    private LanguageNames() {}

    /** The name as in running text, e.g. "arabiska" in Swedish. */
    public static String of(String code, Locale reader) {
        if ("prs".equalsIgnoreCase(code)) {
            return DARI.getOrDefault(reader.getLanguage(), "Dari");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(reader);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** The name on its own, as in a list to choose from: with a capital letter where the script has one. */
    public static String label(String code, Locale reader) {
        String name = of(code, reader);
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
    }
}
