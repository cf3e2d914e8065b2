package se.brobygge.shared.i18n;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A first guess at the language of a text from the script most of its letters are in, for a
 * writer who has not said: Arabic letters on a Dari page are Dari, otherwise Arabic; Latin letters
 * keep a Latin-script page's language, otherwise Swedish; Cyrillic is Ukrainian and Ge'ez
 * Tigrinya. The writer can always change it; the guess only spares them doing so for the usual case
 * (Swedish typed on an Arabic page, Arabic typed on a Swedish one).
 */
public final class WritingGuess {

    private WritingGuess() {}

    /** The guessed language, or empty when the text has no letters yet. */
    public static Optional<Language> of(String text, Language page) {
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(c -> letters.merge(Character.UnicodeScript.of(c), 1, Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).flatMap(most -> switch (most.getKey()) {
            case ARABIC -> Optional.of(page == Language.DARI ? Language.DARI : Language.ARABIC);
            case LATIN -> Optional.of(latin(page) ? page : Language.SWEDISH);
            case CYRILLIC -> Optional.of(Language.UKRAINIAN);
            case ETHIOPIC -> Optional.of(Language.TIGRINYA);
            default -> Optional.empty();
        });
    }

    private static boolean latin(Language language) {
        return language == Language.SWEDISH || language == Language.ENGLISH || language == Language.SOMALI;
    }
}
