package se.brobygge.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Brobygge is written in. Swedish is the default. A language is offered in the
 * language switcher only when its translation file is complete (see {@link TranslationProvider}).
 */
public enum Language {
    SWEDISH("sv", "Svenska", false),
    ENGLISH("en", "English", false),
    ARABIC("ar", "العربية", true),
    DARI("prs", "دری", true),
    SOMALI("so", "Soomaali", false),
    TIGRINYA("ti", "ትግርኛ", false),
    UKRAINIAN("uk", "Українська", false);

    public static final Language DEFAULT = SWEDISH;

    private final String code;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(String code, String nativeName, boolean rightToLeft) {
        this.code = code;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    /** BCP 47 language tag, used for {@code <html lang>} and stored as a user's preference. */
    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> byCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.code.equalsIgnoreCase(code))
                .findFirst();
    }

    public static Language of(Locale locale) {
        return byCode(locale.getLanguage()).orElse(DEFAULT);
    }
}
