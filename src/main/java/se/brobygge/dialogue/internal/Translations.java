package se.brobygge.dialogue.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.brobygge.shared.i18n.Language;

/** Cleans the translations staff give beside a Swedish text (decision 0050). */
final class Translations {

    private Translations() {}

    /** The non-blank translations, each cleaned like its Swedish original; a Swedish key is left out. */
    static Map<Language, String> cleaned(Map<Language, String> texts, UnaryOperator<String> clean) {
        Map<Language, String> cleaned = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (language != Language.SWEDISH && !text.isBlank()) {
                cleaned.put(language, clean.apply(text));
            }
        });
        return cleaned;
    }
}
