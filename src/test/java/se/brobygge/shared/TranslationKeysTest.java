package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/** Swedish, English and Arabic are complete: same keys, same placeholders, no empty text. */
class TranslationKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void hasTheSameKeysAsSwedish(String language) throws IOException {
        Properties swedish = load("sv");
        Properties other = load(language);
        Set<String> missing = new TreeSet<>(swedish.stringPropertyNames());
        missing.removeAll(other.stringPropertyNames());
        Set<String> extra = new TreeSet<>(other.stringPropertyNames());
        extra.removeAll(swedish.stringPropertyNames());
        assertThat(missing).as("keys missing in " + language).isEmpty();
        assertThat(extra).as("keys only in " + language).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en", "ar"})
    void everyTextIsNonEmptyAndHasTheSwedishPlaceholders(String language) throws IOException {
        Properties swedish = load("sv");
        Properties other = load(language);
        for (String key : swedish.stringPropertyNames()) {
            String value = other.getProperty(key, "");
            assertThat(value).as(language + ": " + key).isNotBlank();
            assertThat(placeholders(value)).as(language + ": placeholders of " + key)
                    .isEqualTo(placeholders(swedish.getProperty(key)));
            if (!placeholders(value).isEmpty()) {
                // a lone apostrophe would swallow the rest of the text
                assertThat(new MessageFormat(value).format(new Object[] {"X", "Y", "Z"})).as(language + ": " + key)
                        .contains("X");
            }
        }
    }

    @Test
    void completeLanguagesAreOfferedAndPreparedOnesAreNot() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.completeLanguages()).containsExactly(Language.SWEDISH, Language.ENGLISH, Language.ARABIC);
        assertThat(provider.getTranslation("nav.start", Language.DARI.locale()))
                .as("a prepared language falls back to English").isEqualTo(
                        provider.getTranslation("nav.start", Language.ENGLISH.locale()));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationKeysTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as("translation file for " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
