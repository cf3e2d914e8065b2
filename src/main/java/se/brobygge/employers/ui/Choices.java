package se.brobygge.employers.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.occupation.Occupation;
import se.brobygge.shared.occupation.Occupations;

/** Choices shared by several forms: languages and the shared occupation list (SSYK 2012 groups). */
final class Choices {

    static final List<String> LANGUAGES =
            List.of("sv", "en", "ar", "prs", "fa", "so", "ti", "uk", "ku", "bs", "pl", "es", "fr", "de", "ru", "tr");

    private Choices() {}

    /** The occupation's name in this language; a code not in the list is shown as stored. */
    static String occupationName(@Nullable String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return Occupations.byCode(code).map(o -> o.name(locale)).orElse(code);
    }

    /** The occupation with this code, for a field's value. */
    static @Nullable Occupation occupation(@Nullable String code) {
        return code == null ? null : Occupations.byCode(code).orElse(null);
    }

    /** The code stored for a chosen occupation. */
    static @Nullable String code(@Nullable Occupation occupation) {
        return occupation == null ? null : occupation.code();
    }
}
