package se.brobygge.associations.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import se.brobygge.shared.i18n.Language;

/** Texts representatives write in other languages than Swedish (decision 0050), made ready to store. */
public final class AssociationTexts {

    private AssociationTexts() {}

    /** The translations given, cleaned; blank ones and Swedish (kept in its own column) left out. */
    public static Map<Language, String> cleaned(Map<Language, String> texts, UnaryOperator<String> clean) {
        Map<Language, String> cleaned = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (language != Language.SWEDISH && !text.isBlank()) {
                cleaned.put(language, clean.apply(text));
            }
        });
        return cleaned;
    }
}
