package se.brobygge.shared.occupation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One occupational group of SSYK 2012 (Statistics Sweden's standard classification of occupations):
 * a unit group (four digits, what people choose now) or a sub-major group (two digits, what was stored
 * before and is still shown). Named in Swedish (the official name), English and Arabic; the synonyms are
 * common job titles by language ("sv": "kock", "en": "cook", "ar": "طباخ"), used only to find the group.
 */
public record Occupation(
        String code, String swedish, String english, String arabic, Map<String, List<String>> synonyms) {

    public Occupation {
        synonyms = Map.copyOf(synonyms);
    }

    /** The language whose names this locale shows: "ar" and "en" when asked for, else "sv". */
    public static String language(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar", "en" -> locale.getLanguage();
            default -> "sv";
        };
    }

    /** The name in this locale's language: Arabic and English when asked for, else Swedish. */
    public String name(Locale locale) {
        return switch (language(locale)) {
            case "ar" -> arabic;
            case "en" -> english;
            default -> swedish;
        };
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
