package se.brobygge.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import se.brobygge.support.IntegrationTestBase;
import se.brobygge.support.TestOpenSearch;

/**
 * The analysers of the shared index, as a running OpenSearch applies them to the events index,
 * make the same terms as the Lucene backend's ({@link SearchAnalysis}): every form of the
 * inflection test's Swedish words, and Arabic and English words with their articles, plurals and
 * possessives. So a search finds the same events on both backends.
 */
@TestOpenSearch.Context
class OpenSearchAnalysisIT extends IntegrationTestBase {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void swedishFormsGiveTheLuceneTermsAndMeet() {
        Analyzer lucene = SwedishInflectionsTest.swedishAnalyser();
        Map<String, String> different = new TreeMap<>();
        SwedishInflectionsTest.WORD_FORMS.forEach((word, forms) -> {
            String base = terms(SearchAnalysis.SWEDISH, word);
            for (String form : forms) {
                String openSearch = terms(SearchAnalysis.SWEDISH, form);
                if (!openSearch.equals(terms(lucene, form)) || !openSearch.equals(base)) {
                    different.put(
                            form, openSearch + " (Lucene " + terms(lucene, form) + ", " + word + " " + base + ")");
                }
            }
        });
        assertThat(different)
                .as("forms indexed apart from their word or differently from Lucene")
                .isEmpty();
    }

    @Test
    void arabicAndEnglishGiveTheLuceneTerms() throws IOException {
        Analyzer arabic = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("decimalDigit")
                .addTokenFilter("arabicNormalization")
                .addTokenFilter("arabicStem")
                .build();
        Analyzer english = CustomAnalyzer.builder()
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("englishPossessive")
                .addTokenFilter("englishMinimalStem")
                .build();
        for (String text : List.of("مقهى اللغة", "المقهى", "والمكتبة", "إسلام أحمد", "الأطفال ٢٠٢٦", "مُدرِّسة")) {
            assertThat(terms(SearchAnalysis.ARABIC, text)).as(text).isEqualTo(terms(arabic, text));
        }
        assertThat(terms(SearchAnalysis.ARABIC, "المقهى")).isEqualTo(terms(SearchAnalysis.ARABIC, "مقهى"));
        for (String text : List.of("Board games", "Weekly meetups for everyone", "the children's library", "Classes")) {
            assertThat(terms(SearchAnalysis.ENGLISH, text)).as(text).isEqualTo(terms(english, text));
        }
        assertThat(terms(SearchAnalysis.ENGLISH, "meetups")).isEqualTo(terms(SearchAnalysis.ENGLISH, "meetup"));
    }

    /** The terms OpenSearch's analyser of this name makes of the text, space-separated. */
    private String terms(String analyser, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("analyzer", analyser);
        body.addProperty("text", text);
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(TestOpenSearch.uri() + "/events/_analyze"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonArray tokens =
                    JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("tokens");
            List<String> terms = new ArrayList<>();
            tokens.forEach(t -> terms.add(t.getAsJsonObject().get("token").getAsString()));
            return String.join(" ", terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String terms(Analyzer analyzer, String text) {
        try (TokenStream tokens = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            List<String> terms = new ArrayList<>();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
            return String.join(" ", terms);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
