package se.brobygge.shared.i18n;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How an entity keeps the translations of its texts (decision 0050): the original in its own
 * column, every other language as a {@link TextTranslation} row in its collection, by field name.
 */
public final class TextTranslations {

    /** Separates field, language and text in a translation stored for a search index's projections. */
    private static final char SEPARATOR = '\u001F';

    private TextTranslations() {}

    /**
     * The translations given beside a Swedish text, each cleaned like its original ({@code clean}:
     * one line, stripped, ...); blank ones and Swedish (kept in the entity's column) are left out.
     */
    public static Map<Language, String> cleaned(Map<Language, String> given, UnaryOperator<String> clean) {
        Map<Language, String> cleaned = new EnumMap<>(Language.class);
        given.forEach((language, text) -> {
            if (language != Language.SWEDISH && !text.isBlank()) {
                cleaned.put(language, clean.apply(text));
            }
        });
        return cleaned;
    }

    /** The field's text: the Swedish original from its column, with the translations of that field. */
    public static MultilingualText read(Collection<TextTranslation> rows, String field, String swedish) {
        return MultilingualText.swedish(swedish, translations(rows, field));
    }

    /** The translations of one field, by language (rows of unknown languages are skipped). */
    public static Map<Language, String> translations(Collection<TextTranslation> rows, String field) {
        Map<Language, String> found = new EnumMap<>(Language.class);
        for (TextTranslation row : rows) {
            if (row.field().equals(field)) {
                Language.byCode(row.languageCode()).ifPresent(l -> found.put(l, row.text()));
            }
        }
        return found;
    }

    /**
     * Replaces the translations of one field with {@code translations} (blank ones and Swedish,
     * the original kept in the entity's column, are left out).
     */
    public static void write(Collection<TextTranslation> rows, String field, Map<Language, String> translations) {
        rows.removeIf(row -> row.field().equals(field));
        translations.forEach((language, text) -> {
            if (language != Language.SWEDISH && text != null && !text.isBlank()) {
                rows.add(new TextTranslation(field, language, text));
            }
        });
    }

    /** The texts of the given languages, joined, e.g. for one analyser of a search index. */
    public static String joined(Collection<TextTranslation> rows, Collection<Language> languages) {
        StringBuilder all = new StringBuilder();
        for (TextTranslation row : rows) {
            if (languages.stream().anyMatch(l -> l.code().equals(row.languageCode()))) {
                all.append(row.text()).append('\n');
            }
        }
        return all.toString();
    }

    /** Every translation as one string, for a search index to store and give back ({@link #decode}). */
    public static List<String> encoded(Collection<TextTranslation> rows) {
        return rows.stream()
                .map(r -> r.field() + SEPARATOR + r.languageCode() + SEPARATOR + r.text())
                .sorted()
                .toList();
    }

    /** The translations of one field among strings from {@link #encoded}. */
    public static Map<Language, String> decode(Collection<String> encoded, String field) {
        Map<Language, String> found = new EnumMap<>(Language.class);
        for (String value : encoded) {
            String[] parts = value.split(String.valueOf(SEPARATOR), 3);
            if (parts.length == 3 && parts[0].equals(field)) {
                Optional<Language> language = Language.byCode(parts[1]);
                language.ifPresent(l -> found.put(l, parts[2]));
            }
        }
        return found;
    }
}
