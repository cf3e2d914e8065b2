package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.identity.Roles;
import se.brobygge.support.OwnContextSecurity;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestClockConfiguration;
import se.brobygge.support.TestOpenSearch;

/**
 * Benchmark 5: the event search of benchmark 4 on the index several nodes share, OpenSearch
 * (profile search-opensearch, the test OpenSearch in a JVM of its own, reached over HTTP on
 * loopback, so each search includes the network and JSON round trip). The same generated events,
 * the same inflected words and filters, the same recall measure, so the two sections compare.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {BenchmarkInfrastructure.class, TestOpenSearch.Initializer.class})
@ActiveProfiles({"test", "search-opensearch"})
@Import(TestClockConfiguration.class)
// a context of its own: the security strategy of the other benchmarks' context is put back afterwards
@ExtendWith(OwnContextSecurity.class)
class OpenSearchSearchBenchmark {

    private static final String[] TEXT_FIELDS = {
        "title_sv", "title_ar", "title_en", "description_sv", "description_ar", "description_en"
    };
    private static final List<String> LANGUAGES = EventsBenchmark.LANGUAGES;

    @Autowired
    EventService events;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    @Test
    void searchOnOpenSearch() throws InterruptedException {
        int generated = Settings.integer("bench.events.searchEvents", 100_000);
        int searches = Settings.integer("bench.events.searches", 1_000);
        int warmup = Settings.integer("bench.events.searchWarmup", EventsBenchmark.WARMUP_SEARCHES);
        long organiser = accounts.create("Bench OpenSearch", Roles.STAFF).id().value();
        Random random = new Random(42);
        List<String> words = new ArrayList<>(EventsBenchmark.WORD_FORMS.keySet());
        try {
            Map<String, Set<Long>> withWord = generate(generated, organiser, words, random);
            long t0 = System.nanoTime();
            Search.mapping(entityManagerFactory)
                    .scope(EventEntity.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
            double indexMillis = (System.nanoTime() - t0) / 1e6;

            List<List<String>> recallRows = new ArrayList<>();
            double found = 0;
            double expected = 0;
            for (String word : words) {
                Set<Long> want = withWord.get(word);
                double wordFound = 0;
                for (String form : EventsBenchmark.WORD_FORMS.get(word)) {
                    Set<Long> got = allMatching(form);
                    got.retainAll(want);
                    wordFound += got.size();
                }
                double wordExpected = (double) want.size()
                        * EventsBenchmark.WORD_FORMS.get(word).size();
                found += wordFound;
                expected += wordExpected;
                recallRows.add(List.of(word, BenchReport.count(want.size()), percent(wordFound / wordExpected)));
            }
            double recall = found / expected;

            Latencies latencies = new Latencies();
            long matches = 0;
            for (int i = 0; i < warmup + searches; i++) {
                EventFilter filter = EventsBenchmark.randomSearch(random, words);
                long started = System.nanoTime();
                long total =
                        events.upcomingPage(filter, 0, EventService.PAGE_SIZE).total();
                long took = System.nanoTime() - started;
                if (i >= warmup) {
                    latencies.record("search", took, true);
                    matches += total;
                }
            }
            Latencies.Summary s = latencies.summary("search");
            report(generated, searches, warmup, indexMillis, s, matches / (double) searches, recall, recallRows);
            assertThat(recall).as("recall on inflected words").isGreaterThanOrEqualTo(0.999);
        } finally {
            jdbc.update("delete from events_event where organiser_id = ?", organiser);
            Search.mapping(entityManagerFactory)
                    .scope(EventEntity.class)
                    .massIndexer()
                    .threadsToLoadObjects(2)
                    .startAndWait();
        }
    }

    /**
     * Inserts the events straight into the database, as benchmark 4 does: a title of one form of a
     * word and a filler, random category, audience, language, cost and start within a year.
     * Returns the ids of the events per word.
     */
    private Map<String, Set<Long>> generate(int count, long organiser, List<String> words, Random random) {
        Map<String, Set<Long>> withWord = new HashMap<>();
        Map<String, String> wordOfForm = new HashMap<>();
        EventsBenchmark.WORD_FORMS.forEach((word, forms) -> forms.forEach(form -> wordOfForm.put(form, word)));
        Instant now = Instant.now();
        Category[] categories = Category.values();
        Audience[] audiences = Audience.values();
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> forms = EventsBenchmark.WORD_FORMS.get(words.get(random.nextInt(words.size())));
            String form = forms.get(random.nextInt(forms.size()));
            Instant start = now.plus(Duration.ofMinutes(60 + random.nextInt(364 * 24 * 60)));
            batch.add(new Object[] {
                Character.toUpperCase(form.charAt(0)) + form.substring(1) + " "
                        + EventsBenchmark.FILLER.get(random.nextInt(EventsBenchmark.FILLER.size())) + " " + i,
                Timestamp.from(start),
                Timestamp.from(start.plus(Duration.ofHours(2))),
                categories[random.nextInt(categories.length)].name(),
                audiences[random.nextInt(audiences.length)].name(),
                random.nextInt(3) == 0,
                random.nextInt(4) == 0 ? 50 : null,
                organiser,
                Timestamp.from(now)
            });
            if (batch.size() == 2_000 || i == count - 1) {
                jdbc.batchUpdate(
                        "insert into events_event (title, description, starts_at, ends_at, category,"
                                + " audience, child_friendly, cost_sek, capacity, organiser_id, organiser_name, status,"
                                + " created_at) values (?, 'Mätning på OpenSearch.', ?, ?, ?, ?, ?, ?, 30, ?, 'Benchmark',"
                                + " 'PUBLISHED', ?)",
                        batch);
                batch.clear();
            }
        }
        jdbc.query(
                "select id, title from events_event where organiser_id = ?",
                rs -> {
                    String form = rs.getString(2)
                            .substring(0, rs.getString(2).indexOf(' '))
                            .toLowerCase(Locale.ROOT);
                    withWord.computeIfAbsent(wordOfForm.get(form), w -> new HashSet<>())
                            .add(rs.getLong(1));
                },
                organiser);
        List<Object[]> languages = new ArrayList<>();
        withWord.values()
                .forEach(ids -> ids.forEach(id ->
                        languages.add(new Object[] {id, LANGUAGES.get(random.nextInt(LANGUAGES.size()))})));
        jdbc.batchUpdate("insert ignore into events_event_language (event_id, language_code) values (?, ?)", languages);
        return withWord;
    }

    /** Every event the full-text search finds for the text, however many (scrolled, past 10,000). */
    private Set<Long> allMatching(String text) {
        Set<Long> ids = new HashSet<>();
        try (EntityManager session = entityManagerFactory.createEntityManager();
                var scroll = Search.session(session)
                        .search(EventEntity.class)
                        .select(f -> f.id(Long.class))
                        .where(f -> f.simpleQueryString()
                                .fields(TEXT_FIELDS)
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND))
                        .scroll(5_000)) {
            for (var chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                ids.addAll(chunk.hits());
            }
        }
        return ids;
    }

    private void report(
            int generated,
            int searches,
            int warmup,
            double indexMillis,
            Latencies.Summary s,
            double meanMatches,
            double recall,
            List<List<String>> recallRows) {
        List<BenchReport.Target> targets = List.of(
                new BenchReport.Target(
                        "Search over " + BenchReport.count(generated) + " events on OpenSearch: p95"
                                + " (network included; no target, for comparison with Lucene)",
                        BenchReport.ms(s.p95()),
                        "–",
                        true),
                new BenchReport.Target(
                        "Search recall on inflected words, OpenSearch", percent(recall), "100 %", recall >= 0.999));
        String md = "**Search on OpenSearch.** The search of section 4 on the index shared by several nodes: "
                + "OpenSearch 3.3 in a JVM of its own on this machine, over HTTP on loopback (each search includes "
                + "the request, OpenSearch's work and the JSON answer), with the analysers of `OpenSearchAnalysis`. "
                + BenchReport.count(generated) + " generated events like section 4's, indexed in "
                + BenchReport.ms(indexMillis) + "; " + searches + " searches through `EventService.upcomingPage` "
                + "(first page of " + EventService.PAGE_SIZE + " and the number of matches, random inflected form "
                + "and filters), after " + warmup + " unmeasured ones:\n\n"
                + BenchReport.table(
                        List.of("searches", "p50", "p95", "p99", "max", "mean matches"),
                        List.of(List.of(
                                String.valueOf(s.count()),
                                BenchReport.ms(s.p50()),
                                BenchReport.ms(s.p95()),
                                BenchReport.ms(s.p99()),
                                BenchReport.ms(s.max()),
                                BenchReport.number(meanMatches))))
                + "\nRecall, as in section 4 (every form of every word, the share of the events with any form of "
                + "that word found):\n\n"
                + BenchReport.table(List.of("word", "events with a form", "recall"), recallRows);
        BenchReport.publish(new BenchReport.Section(
                BenchReport.RUN_ID,
                5,
                "5. Event search on OpenSearch",
                md,
                targets,
                AppFacts.describe(environment, jdbc, "Database (benchmark 5)")));
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
