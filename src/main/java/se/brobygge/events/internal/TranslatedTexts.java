package se.brobygge.events.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.engine.backend.analysis.AnalyzerNames;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.search.SearchAnalysis;

/**
 * An event's title and description in other languages than Swedish (decision 0050): the rows of
 * {@code events_event_text}, and how the search index sees them. The Swedish originals stay in the
 * event's own columns.
 */
@MappedSuperclass
abstract class TranslatedTexts {

    /** The translations, stored for the cards ({@link TextTranslations#encoded}). */
    public static final String TRANSLATIONS = "translations";

    /** The translations, searchable: one field per analyser. */
    public static final String TEXTS_ENGLISH = "texts_en";

    public static final String TEXTS_ARABIC = "texts_ar";
    public static final String TEXTS_OTHER = "texts_other";
    /** Names of the translated fields. */
    public static final String TITLE_FIELD = "title";

    public static final String DESCRIPTION_FIELD = "description";

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "events_event_text", joinColumns = @JoinColumn(name = "event_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    @GenericField(name = TRANSLATIONS, searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    public List<String> getEncodedTranslations() {
        return TextTranslations.encoded(translations);
    }

    @FullTextField(name = TEXTS_ENGLISH, analyzer = SearchAnalysis.ENGLISH)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    public String getEnglishTexts() {
        return TextTranslations.joined(translations, List.of(Language.ENGLISH));
    }

    /** Arabic and Dari share the Arabic script, its normalisation and (roughly) its stemming. */
    @FullTextField(name = TEXTS_ARABIC, analyzer = SearchAnalysis.ARABIC)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    public String getArabicScriptTexts() {
        return TextTranslations.joined(translations, List.of(Language.ARABIC, Language.DARI));
    }

    @FullTextField(name = TEXTS_OTHER, analyzer = AnalyzerNames.DEFAULT)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "translations")))
    public String getOtherTexts() {
        return TextTranslations.joined(translations, List.of(Language.SOMALI, Language.TIGRINYA, Language.UKRAINIAN));
    }

    /** Title and description in other languages; blank ones are left out, Swedish stays in the event's columns. */
    public void translate(Map<Language, String> titles, Map<Language, String> descriptions) {
        TextTranslations.write(translations, TITLE_FIELD, titles);
        TextTranslations.write(translations, DESCRIPTION_FIELD, descriptions);
    }

    /** A field's text: the Swedish original given, with its translations. */
    protected MultilingualText texts(String field, String swedish) {
        return TextTranslations.read(translations, field, swedish);
    }
}
