package se.brobygge.shared.occupation;

import java.util.Locale;

/**
 * One occupational group of SSYK 2012 (Statistics Sweden's standard classification of occupations),
 * with its name in Swedish (the official one), English and Arabic.
 */
public record Occupation(String code, String swedish, String english, String arabic) {

    /** The name in this locale's language: Arabic and English when asked for, else Swedish. */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ar" -> arabic;
            case "en" -> english;
            default -> swedish;
        };
    }

    /** Whether every word of the query occurs in the code or in one of the three names. */
    public boolean matches(String query) {
        String haystack = (code + " " + swedish + " " + english + " " + arabic).toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
