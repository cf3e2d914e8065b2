package se.brobygge.shared.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A text that staff or an organiser wrote in several languages: the original (Swedish, required
 * by the editors) and any translations they gave. A reader gets it in their page's language when
 * it was given, otherwise in the original ({@link #in(Language)} says which it really is, so the
 * page can mark it and set its {@code lang}). Blank translations count as not given.
 *
 * @param original the language the text was written in first
 * @param texts    the text per language; holds the original (possibly empty) and only non-blank others
 */
public record MultilingualText(Language original, Map<Language, String> texts) {

    public static final MultilingualText EMPTY = of("");

    public MultilingualText {
        Objects.requireNonNull(original, "original");
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        texts.forEach((language, text) -> {
            if (language == original || (text != null && !text.isBlank())) {
                copy.put(language, text == null ? "" : text);
            }
        });
        copy.putIfAbsent(original, "");
        texts = Collections.unmodifiableMap(copy);
    }

    /** A text written in Swedish only. */
    public static MultilingualText of(String swedish) {
        return of(Language.SWEDISH, swedish);
    }

    public static MultilingualText of(Language original, String text) {
        return new MultilingualText(original, Map.of(original, text));
    }

    /** The Swedish original with the translations given (blank ones and a Swedish key are ignored). */
    public static MultilingualText swedish(String swedish, Map<Language, String> translations) {
        EnumMap<Language, String> all = new EnumMap<>(Language.class);
        translations.forEach((l, t) -> {
            if (l != Language.SWEDISH) {
                all.put(l, t);
            }
        });
        all.put(Language.SWEDISH, swedish);
        return new MultilingualText(Language.SWEDISH, all);
    }

    /** The text in the original language. */
    public String originalText() {
        return texts.getOrDefault(original, "");
    }

    /** This text with one language's text set, or removed when blank (the original is only replaced). */
    public MultilingualText with(Language language, String text) {
        EnumMap<Language, String> changed = new EnumMap<>(texts);
        changed.put(language, text);
        return new MultilingualText(original, changed);
    }

    /** Every language but the original, with its text. */
    public Map<Language, String> translations() {
        EnumMap<Language, String> others = new EnumMap<>(Language.class);
        texts.forEach((l, t) -> {
            if (l != original) {
                others.put(l, t);
            }
        });
        return Collections.unmodifiableMap(others);
    }

    /** The text given in exactly this language, if any. */
    public Optional<String> given(Language language) {
        String text = texts.get(language);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The languages it is given in, the original first (even when its text is empty). */
    public Set<Language> languages() {
        Set<Language> languages = new LinkedHashSet<>();
        languages.add(original);
        texts.forEach((l, t) -> {
            if (!t.isBlank()) {
                languages.add(l);
            }
        });
        return Collections.unmodifiableSet(languages);
    }

    /** The text for a reader of {@code wanted}: in that language when given, otherwise the original. */
    public Shown in(Language wanted) {
        return given(wanted).map(text -> new Shown(text, wanted)).orElseGet(() -> new Shown(originalText(), original));
    }

    /** Every language's text joined, e.g. for matching words in any of them. */
    public String allTexts() {
        return String.join("\n", texts.values());
    }

    /**
     * A text as shown to one reader.
     *
     * @param language the language it is really in: the reader's, or the original when not translated
     */
    public record Shown(String text, Language language) {

        /** True when the reader gets the original because their language was not given. */
        public boolean fallsBackFrom(Language wanted) {
            return language != wanted;
        }
    }
}
