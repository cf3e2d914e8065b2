package se.brobygge.shared.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Brings the plural, definite and genitive forms of a Swedish noun to one form before the Snowball
 * stemmer, which leaves some of them apart ("kurs" and "kursen", "samtal" and "samtalet",
 * "kvinna" and "kvinnan", "promenad" and "promenaden"). It strips the common endings (-arna, -erna,
 * -orna, -ar, -er, -or, -en, -et, -an, -a, -e and a genitive -s after them) again and again while
 * a stem of at least three letters with a vowel is left. The base form loses its ending in the same
 * way as the inflected ones ("biblioteket", "biblioteken" and "bibliotek" all become "bibliotek"),
 * so the forms meet even where the stem is not a word. Endings that Snowball treats better as a
 * whole ("-het", "-ande") are left to it. See decision 0026.
 */
public final class SwedishInflections {

    private static final String[] DEFINITE_PLURALS = {"arna", "erna", "orna"};
    private static final String[] TWO_LETTER_ENDINGS = {"ar", "er", "or", "en", "et", "an"};
    private static final int MIN_STEM = 3;

    private SwedishInflections() {}

    /** The common form of a lower-case word; words with other than letters, and short words, as they are. */
    public static String normalise(String word) {
        if (word.length() <= MIN_STEM || !letters(word)) {
            return word;
        }
        String w = word;
        if (w.endsWith("s") && w.length() >= 6) {
            String rest = w.substring(0, w.length() - 1);
            if (rest.endsWith("en")
                    || rest.endsWith("et")
                    || rest.endsWith("an")
                    || rest.endsWith("a")
                    || rest.endsWith("e")) {
                w = rest; // genitive: "föreningens", "bibliotekets", "kvinnornas"
            }
        }
        for (int round = 0; round < 4; round++) {
            String shorter = stripOnce(w);
            if (shorter.equals(w)) {
                break;
            }
            w = shorter;
        }
        return w;
    }

    private static String stripOnce(String w) {
        if (w.endsWith("het") || w.endsWith("ande")) {
            return w; // Snowball strips -het/-heten/-heter and -ande/-andet whole
        }
        for (String ending : DEFINITE_PLURALS) {
            if (w.endsWith(ending) && stem(w, ending.length())) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        if (w.length() >= 7 && (w.endsWith("ern") || w.endsWith("orn")) && stem(w, 1)) {
            return w.substring(0, w.length() - 1); // "vintern", "doktorn"
        }
        for (String ending : TWO_LETTER_ENDINGS) {
            if (w.endsWith(ending) && stem(w, 2)) {
                return w.substring(0, w.length() - 2);
            }
        }
        if ((w.endsWith("a") || w.endsWith("e")) && stem(w, 1)) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Whether enough of a word is left without its last {@code ending} letters. */
    private static boolean stem(String w, int ending) {
        int length = w.length() - ending;
        if (length < MIN_STEM) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if ("aeiouyåäöé".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean letters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The token filter: each token (not marked as a keyword) normalised. */
    public static final class Filter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        public Filter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                String original = term.toString();
                String normalised = normalise(original);
                if (normalised.length() != original.length()) {
                    term.setLength(normalised.length());
                }
            }
            return true;
        }
    }

    /** For the analyser configuration: {@code tokenFilter(SwedishInflections.Factory.class)}. */
    public static final class Factory extends TokenFilterFactory {

        /** The name Lucene's service lookup would know it by. */
        public static final String NAME = "swedishInflections";

        public Factory(Map<String, String> args) {
            super(args);
            if (!args.isEmpty()) {
                throw new IllegalArgumentException("Unknown parameters: " + args);
            }
        }

        /** For Lucene's service loader only. */
        public Factory() {
            throw defaultCtorException();
        }

        @Override
        public TokenStream create(TokenStream input) {
            return new Filter(input);
        }
    }
}
