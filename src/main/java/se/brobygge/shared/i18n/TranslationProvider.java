package se.brobygge.shared.i18n;

import java.text.MessageFormat;
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
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Translations from {@code vaadin-i18n/translations_<lang>.properties}. A key missing in a
 * prepared (incomplete) language falls back to English, then Swedish; the JVM's default locale
 * never takes part, so every machine shows the same text.
 */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    static final String BUNDLE = "vaadin-i18n/translations";

    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);
    private final Set<Language> complete = new HashSet<>();

    public TranslationProvider() {
        for (Language language : Language.values()) {
            try {
                bundles.put(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                log.warn("No translation file for {}", language);
            }
        }
        Set<String> reference = keys(Language.SWEDISH);
        for (Language language : bundles.keySet()) {
            if (keys(language).containsAll(reference)) {
                complete.add(language);
            }
        }
    }

    private Set<String> keys(Language language) {
        ResourceBundle bundle = bundles.get(language);
        return bundle == null ? Set.of() : bundle.keySet();
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

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Language language = Language.of(locale);
        for (Language candidate : List.of(language, Language.ENGLISH, Language.SWEDISH)) {
            ResourceBundle bundle = bundles.get(candidate);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, candidate.locale()).format(params);
            }
        }
        log.warn("Missing translation key {}", key);
        return "!" + key;
    }
}
