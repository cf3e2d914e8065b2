package se.brobygge.shared.occupation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One occupational group of SSYK 2012 (Statistics Sweden's standard classification of occupations):
 * a unit group (four digits, what people choose now) or a sub-major group (two digits, what was stored
 * before and is still shown). Named in each of the platform's seven languages ({@link #LANGUAGES}):
 * Swedish (the official name), English, Arabic, Dari, Somali, Tigrinya and Ukrainian (our
 * translations). The synonyms are common job titles by language ("sv": "kock", "uk": "кухар"), used
 * only to find the group; a language may have none.
 */
public record Occupation(String code, Map<String, String> names, Map<String, List<String>> synonyms) {

    /** The languages every occupation is named in, as ISO 639 codes; Swedish first, the fallback. */
    public static final List<String> LANGUAGES = List.of("sv", "en", "ar", "prs", "so", "ti", "uk");

    public Occupation {
        names = Map.copyOf(names);
        synonyms = Map.copyOf(synonyms);
        for (String language : LANGUAGES) {
            String name = names.get(language);
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("No " + language + " name for " + code);
            }
        }
    }

    /** The language whose names this locale shows: one of the seven when asked for, else "sv". */
    public static String language(Locale locale) {
        String language = locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "sv";
    }

    /** The name in this locale's language, or in Swedish for a language the list is not named in. */
    public String name(Locale locale) {
        return name(language(locale));
    }

    /** The name in one of the seven languages ("prs", "uk"…). */
    public String name(String language) {
        return Objects.requireNonNull(names.get(language), language);
    }

    /** The official Swedish name. */
    public String swedish() {
        return name("sv");
    }

    /** The English name. */
    public String english() {
        return name("en");
    }

    /** The Arabic name. */
    public String arabic() {
        return name("ar");
    }

    /** A unit group (four digits), the level people choose from. */
    public boolean unitGroup() {
        return code.length() == 4;
    }

    /** The sub-major group (the first two digits), the level matching compares. */
    public String group() {
        return Occupations.group(code);
    }
}
