package se.brobygge.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search as {@code LIKE} patterns, for the database queries that answer while an
 * index cannot be trusted (decision 0032). Each word is lower-cased and loses its Swedish plural,
 * definite and genitive endings ({@link SwedishInflections}), so "föreningen" also finds
 * "föreningar"; the remaining stem may stand anywhere in the text. Query syntax (quotes, +, -, *)
 * is ignored: every word must occur.
 */
public final class SearchWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchWords() {}

    /** {@code %stem%} for every word of the text, in order; letters and digits only, so nothing to escape. */
    public static List<String> patterns(String text) {
        List<String> patterns = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            patterns.add("%" + SwedishInflections.normalise(word.group()) + "%");
        }
        return patterns.stream().distinct().toList();
    }
}
