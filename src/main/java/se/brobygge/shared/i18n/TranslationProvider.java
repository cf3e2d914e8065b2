package se.brobygge.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Translations from {@code vaadin-i18n/<bundle>_<lang>.properties}: {@code translations} for the
 * shell and identity, and one bundle per feature module (e.g. {@code events_sv.properties}), so
 * modules keep their own texts. A key missing in a prepared (incomplete) language falls back to
 * English, then Swedish; the JVM's default locale never takes part, so every machine shows the
 * same text.
 * Numbers in a sentence follow the reader's language even when the sentence falls back to another.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    static final String FOLDER = "vaadin-i18n/";

    private final Map<Language, List<ResourceBundle>> bundles = new EnumMap<>(Language.class);
    private final Set<Language> complete = new HashSet<>();

    public TranslationProvider() {
        List<String> baseNames = baseNames();
        for (Language language : Language.values()) {
            List<ResourceBundle> found = new ArrayList<>();
            for (String baseName : baseNames) {
                try {
                    found.add(ResourceBundle.getBundle(
                            FOLDER + baseName,
                            language.locale(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
                } catch (MissingResourceException e) {
                    log.debug("No {} translations for {}", baseName, language);
                }
            }
            bundles.put(language, found);
        }
        Set<String> reference = keys(Language.SWEDISH);
        for (Language language : Language.values()) {
            if (!bundles.getOrDefault(language, List.of()).isEmpty()
                    && keys(language).containsAll(reference)) {
                complete.add(language);
            }
        }
    }

    /** The bundles there are: every {@code <name>_sv.properties} in the folder (Swedish is complete by rule). */
    static List<String> baseNames() {
        try {
            var resources =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*_sv.properties");
            return Arrays.stream(resources)
                    .map(r -> String.valueOf(r.getFilename()))
                    .map(name -> name.substring(0, name.length() - "_sv.properties".length()))
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> keys(Language language) {
        Set<String> keys = new HashSet<>();
        bundles.getOrDefault(language, List.of()).forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /** How many texts a language has of the ones Swedish has: for the staff page on languages. */
    public int translatedCount(Language language) {
        Set<String> translated = keys(language);
        translated.retainAll(keys(Language.SWEDISH));
        return translated.size();
    }

    /** How many texts there are: Swedish, the language Brobygge is written in, has them all. */
    public int textCount() {
        return keys(Language.SWEDISH).size();
    }

    /** Whether there is a text for the key (in Swedish, which has every key). */
    public boolean hasKey(String key) {
        return bundles.getOrDefault(Language.SWEDISH, List.of()).stream().anyMatch(b -> b.containsKey(key));
    }

    /** Languages whose translation is complete: the ones the UI offers. */
    public List<Language> completeLanguages() {
        return Arrays.stream(Language.values()).filter(complete::contains).toList();
    }

    public boolean isComplete(Language language) {
        return complete.contains(language);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return completeLanguages().stream().map(Language::locale).toList();
    }

    /**
     * A name or title put into a sentence of the other direction (a Swedish name in an Arabic
     * sentence, an Arabic one in a Swedish sentence) is isolated with Unicode's first-strong
     * isolate, like {@code <bdi>}, so it cannot pull the sentence's punctuation and words out of
     * order. Texts of the sentence's own direction are left as they are.
     */
    static Object[] isolated(Object[] params, Language sentence) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text
                    && hasStrongLetterAgainst(text, sentence.rightToLeft())
                    && !(text.startsWith("\u2068") && text.endsWith("\u2069"))) {
                out[i] = "\u2068" + text + "\u2069";
            }
        }
        return out;
    }

    private static boolean hasStrongLetterAgainst(String text, boolean rightToLeft) {
        return text.codePoints()
                .map(Character::getDirectionality)
                .anyMatch(d -> rightToLeft
                        ? d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                        : d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                                || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        for (Language candidate : List.of(language, Language.ENGLISH, Language.SWEDISH)) {
            for (ResourceBundle bundle : bundles.getOrDefault(candidate, List.of())) {
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0
                            ? pattern
                            : new MessageFormat(pattern, Formats.locale(language)).format(isolated(params, candidate));
                }
            }
        }
        log.warn("Missing translation key {}", key);
        return "!" + key;
    }
}
