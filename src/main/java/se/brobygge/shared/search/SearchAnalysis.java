package se.brobygge.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers per language, so a search finds inflected forms: Swedish "förening" finds
 * "föreningar", "föreningen" and "föreningarna" ({@link SwedishInflections}, then Snowball stemming),
 * Arabic is normalised (alef forms, diacritics)
 * and stemmed, English plurals are reduced.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String SWEDISH = "sv";
    public static final String ARABIC = "ar";
    public static final String ENGLISH = "en";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SWEDISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                // plural, definite and genitive endings first ("kursen", "samtalet", "kvinnan"), decision 0026
                .tokenFilter(SwedishInflections.Factory.class)
                // Snowball's Swedish stemmer then strips what is left ("-het", "-ande", "-lig")
                .tokenFilter("snowballPorter")
                .param("language", "Swedish");
        context.analyzer(ARABIC)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("decimalDigit")
                .tokenFilter("arabicNormalization")
                .tokenFilter("arabicStem");
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("englishPossessive")
                .tokenFilter("englishMinimalStem");
    }
}
