package se.brobygge.shared.search;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analysers of {@link SearchAnalysis} for a shared index on OpenSearch (or Elasticsearch), with
 * the same names, so the mapping is the same on both backends (decision 0036). Everything but the
 * Swedish inflection rules is one of OpenSearch's own filters, the same Lucene classes the Lucene
 * backend uses. OpenSearch has no filter for those rules and a plugin of our own would have to be
 * installed on every cluster, so they are written as {@code pattern_replace} filters, which every
 * cluster has: one for the genitive {@code -s} and four rounds of ending stripping, the regular
 * expressions below, which give the same word as {@link SwedishInflections#normalise} (checked
 * word by word in {@code OpenSearchAnalysisTest} and against a running OpenSearch in
 * {@code OpenSearchAnalysisIT}).
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    private static final String VOWEL = "[aeiouyåäöé]";

    /** A genitive {@code -s} after {@code -en, -et, -an, -a, -e}, in words of six letters or more. */
    static final String GENITIVE = "^(?=\\p{L}{6,}$)(\\p{L}*(?:[ae]|en|et|an))s$";

    /**
     * One round of {@link SwedishInflections}: in a word of letters that does not end in {@code -het}
     * or {@code -ande}, the first rule that applies, in the same order, each only when a stem of three
     * letters or more with a vowel is left: {@code -arna/-erna/-orna}; the {@code -n} of
     * {@code -ern/-orn} in words of seven letters or more; {@code -ar/-er/-or/-en/-et/-an};
     * {@code -a/-e}. The kept part is in one of four groups, replaced by {@code $1$2$3$4}.
     */
    static final String ROUND = "^(?=\\p{L}+$)(?!.*(?:het|ande)$)(?:"
            + "(?=.*" + VOWEL + ".{4,}$)(.{3,})(?:arna|erna|orna)"
            + "|(?=.{7,}$)(?=.*" + VOWEL + ".+$)(.*[eo]r)n"
            + "|(?=.*" + VOWEL + ".{2,}$)(.{3,})(?:ar|er|or|en|et|an)"
            + "|(?=.*" + VOWEL + ".+$)(.{3,})[ae]"
            + ")$";

    static final String ROUND_REPLACEMENT = "$1$2$3$4";
    static final int ROUNDS = 4;

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("sv_genitive")
                .type("pattern_replace")
                .param("pattern", GENITIVE)
                .param("replacement", "$1");
        List<String> swedish = new ArrayList<>(List.of("lowercase", "sv_genitive"));
        for (int round = 1; round <= ROUNDS; round++) {
            context.tokenFilter("sv_inflections_" + round)
                    .type("pattern_replace")
                    .param("pattern", ROUND)
                    .param("replacement", ROUND_REPLACEMENT);
            swedish.add("sv_inflections_" + round);
        }
        context.tokenFilter("sv_snowball").type("snowball").param("language", "Swedish");
        swedish.add("sv_snowball");
        context.analyzer(SearchAnalysis.SWEDISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(swedish.toArray(String[]::new));

        context.analyzer(SearchAnalysis.ARABIC)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "arabic_stem");

        context.tokenFilter("en_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("en_minimal").type("stemmer").param("language", "minimal_english");
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "en_possessive", "en_minimal");
    }
}
