package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/**
 * All seven languages are complete: every bundle ({@code translations}, and one per feature module)
 * has the same keys in each, the same placeholders, no empty text, and no key is defined in two
 * bundles.
 */
class TranslationKeysTest {

    static List<String> bundles() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/vaadin-i18n"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith("_sv.properties"))
                    .map(n -> n.substring(0, n.length() - "_sv.properties".length()))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle, "sv").stringPropertyNames()) {
                String previous = owner.put(key, bundle);
                assertThat(previous)
                        .as("key " + key + " in " + bundle + " and " + previous)
                        .isNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar", "prs", "so", "ti", "uk"})
    void hasTheSameKeysAsSwedish(String language) throws IOException {
        for (String bundle : bundles()) {
            sameKeys(bundle, language);
        }
    }

    private static void sameKeys(String bundle, String language) throws IOException {
        Properties swedish = load(bundle, "sv");
        Properties other = load(bundle, language);
        Set<String> missing = new TreeSet<>(swedish.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(swedish.stringPropertyNames());
        assertThat(missing).as("keys missing in " + bundle + "_" + language).isEmpty();
        assertThat(extra).as("keys only in " + bundle + "_" + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar", "prs", "so", "ti", "uk"})
    void everyTextIsNonEmptyAndHasTheSwedishPlaceholders(String language) throws IOException {
        for (String bundle : bundles()) {
            sameTexts(bundle, language);
        }
    }

    private static void sameTexts(String bundle, String language) throws IOException {
        Properties swedish = load(bundle, "sv");
        Properties other = load(bundle, language);
        for (String key : swedish.stringPropertyNames()) {
            String value = other.getProperty(key, "");
            assertThat(value).as(language + ": " + key).isNotBlank();
            assertThat(placeholders(value))
                    .as(language + ": placeholders of " + key)
                    .isEqualTo(placeholders(swedish.getProperty(key)));
            if (!placeholders(value).isEmpty()) {
                // a lone apostrophe would swallow the rest of the text
                assertThat(new MessageFormat(value).format(new Object[] {"X", "Y", "Z"}))
                        .as(language + ": " + key)
                        .contains("X");
            }
        }
    }

    @Test
    void allSevenLanguagesAreCompleteAndOffered() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.completeLanguages()).containsExactly(Language.values());
        for (Language language : Language.values()) {
            assertThat(provider.translatedCount(language)).as(language.code()).isEqualTo(provider.textCount());
        }
        assertThat(provider.getTranslation("nav.start", Language.DARI.locale()))
                .as("Dari is written in Dari, not English")
                .isNotEqualTo(provider.getTranslation("nav.start", Language.ENGLISH.locale()));
    }

    /** The ASCII apostrophe is MessageFormat's quote: outside Swedish and English the typographic one is used. */
    @ParameterizedTest
    @ValueSource(strings = {"ar", "prs", "so", "ti", "uk"})
    void noAsciiApostropheInTheNewerLanguages(String language) throws IOException {
        for (String bundle : bundles()) {
            Properties texts = load(bundle, language);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key)).as(language + ": " + key).doesNotContain("'");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * A button whose accessible name says more than its text ("Report" → "Report the message from
     * Amal") must begin with the visible words, so that a person using speech control can say what
     * they see (WCAG 2.5.3, axe label-content-name-mismatch), in every language.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar", "prs", "so", "ti", "uk"})
    void longerAccessibleNamesBeginWithTheVisibleText(String language) throws IOException {
        String[][] pairs = {
            {"messaging", "messaging.report.button", "messaging.report.label"},
            {"messaging", "messaging.block.button", "messaging.block.title"},
            {"events", "events.review.approve", "events.review.approveName"},
            {"events", "events.review.decline", "events.review.declineName"},
            {"events", "events.approval.approve", "events.approval.approveName"},
            {"events", "events.approval.decline", "events.approval.declineName"},
            {"moderation", "moderation.words.remove", "moderation.words.removeWord"}
        };
        for (String[] pair : pairs) {
            Properties texts = load(pair[0], language);
            String visible = texts.getProperty(pair[1]);
            String name = new MessageFormat(texts.getProperty(pair[2])).format(new Object[] {"Amal"});
            assertThat(name)
                    .as(language + ": " + pair[2] + " begins with the text of " + pair[1])
                    .matches(Pattern.quote(visible) + "(\\s.*|\\p{Punct}.*|)");
        }
    }

    private static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationKeysTest.class.getResourceAsStream(
                "/vaadin-i18n/" + bundle + "_" + language + ".properties")) {
            assertThat(in).as("translation file " + bundle + "_" + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
