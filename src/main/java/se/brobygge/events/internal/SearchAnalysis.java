package se.brobygge.events.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Analysers per language, so a search finds inflected forms: Swedish "förening" finds
 * "föreningar", "föreningen" and "föreningarna" (Snowball stemming), Arabic is normalised (alef forms, diacritics)
 * and stemmed, English plurals are reduced.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String SWEDISH = "sv";
    public static final String ARABIC = "ar";
    public static final String ENGLISH = "en";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SWEDISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                // Snowball's Swedish stemmer also strips definite plurals ("föreningarna")
                .tokenFilter("snowballPorter").param("language", "Swedish");
        context.analyzer(ARABIC).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("decimalDigit")
                .tokenFilter("arabicNormalization")
                .tokenFilter("arabicStem");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("englishPossessive")
                .tokenFilter("englishMinimalStem");
    }
}
