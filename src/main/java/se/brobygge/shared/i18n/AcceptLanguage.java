package se.brobygge.shared.i18n;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a browser's {@code Accept-Language} header for a first visit, before the person has chosen
 * a language: the language they rank highest among those Brobygge offers. Region and script do
 * not matter ({@code ar-SE} is Arabic); Persian ({@code fa}, {@code fa-AF}) is answered with Dari,
 * the Persian of Afghanistan, which readers of either understand.
 */
public final class AcceptLanguage {

    private AcceptLanguage() {}

    /**
     * The first of {@code offered} that the header asks for, in the order of its q-values (ties
     * keep the header's order); empty when it asks for none of them, says nothing, or cannot be read.
     */
    public static Optional<Language> negotiate(@Nullable String header, Collection<Language> offered) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> primary(range.getRange()))
                .flatMap(code -> byPrimaryTag(code).stream())
                .filter(offered::contains)
                .findFirst();
    }

    private static String primary(String range) {
        int dash = range.indexOf('-');
        return (dash < 0 ? range : range.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static Optional<Language> byPrimaryTag(String code) {
        return switch (code) {
            case "fa", "prs" -> Optional.of(Language.DARI);
            case "*" -> Optional.empty();
            default -> Language.byCode(code);
        };
    }
}
