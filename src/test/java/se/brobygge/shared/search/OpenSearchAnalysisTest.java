package se.brobygge.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Swedish inflection rules as OpenSearch runs them ({@link OpenSearchAnalysis}: regular
 * expressions in {@code pattern_replace} filters, Java's regular expressions as in OpenSearch) give
 * the same word as {@link SwedishInflections#normalise}, which the Lucene backend runs: for every
 * word of the Swedish texts of the application, every form of the inflection test's words, and
 * made-up words at the edges of the rules.
 */
class OpenSearchAnalysisTest {

    private static final Pattern GENITIVE = Pattern.compile(OpenSearchAnalysis.GENITIVE);
    private static final Pattern ROUND = Pattern.compile(OpenSearchAnalysis.ROUND);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** What the chain of pattern_replace filters makes of a lower-case token. */
    static String asOpenSearch(String token) {
        String w = GENITIVE.matcher(token).replaceAll("$1");
        for (int round = 0; round < OpenSearchAnalysis.ROUNDS; round++) {
            w = ROUND.matcher(w).replaceAll(OpenSearchAnalysis.ROUND_REPLACEMENT);
        }
        return w;
    }

    @Test
    void theRulesGiveTheSameWordAsTheLuceneFilter() throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_sv.properties"))
                    .toList()) {
                Matcher word = WORD.matcher(Files.readString(file).toLowerCase(Locale.ROOT));
                while (word.find()) {
                    words.add(word.group());
                }
            }
        }
        SwedishInflectionsTest.WORD_FORMS.values().forEach(words::addAll);
        // the edges: short stems, stems without vowels, -het/-ande, -ern/-orn, digits, repeated endings
        words.addAll(Set.of(
                "barna",
                "brna",
                "kvarna",
                "ernas",
                "vintern",
                "doktorn",
                "modern",
                "hornen",
                "stjärnorna",
                "enheten",
                "enheterna",
                "handlande",
                "studerandena",
                "ab12ar",
                "2024an",
                "kaféernas",
                "arnaarna",
                "sts",
                "ettan",
                "ettans",
                "aea",
                "mötenas",
                "öar",
                "öarna",
                "bibliotekens"));
        Map<String, String> different = new TreeMap<>();
        for (String word : words) {
            String lucene = SwedishInflections.normalise(word);
            String openSearch = asOpenSearch(word);
            if (!lucene.equals(openSearch)) {
                different.put(word, lucene + " / " + openSearch);
            }
        }
        assertThat(words).hasSizeGreaterThan(2_000);
        assertThat(different)
                .as("words the two backends would index differently (Lucene / OpenSearch)")
                .isEmpty();
    }

    @Test
    void theInflectedFormsMeetAsInTheLuceneIndex() {
        assertThat(asOpenSearch("föreningarna"))
                .isEqualTo(asOpenSearch("förening"))
                .isEqualTo("förening");
        assertThat(asOpenSearch("kursens")).isEqualTo(asOpenSearch("kurs"));
        assertThat(asOpenSearch("möjligheterna")).isEqualTo("möjlighet"); // -het then left to Snowball
    }
}
