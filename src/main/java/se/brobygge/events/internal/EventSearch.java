package se.brobygge.events.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventId;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.SeriesId;
import se.brobygge.places.PlaceId;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.search.SearchIndexHealth;

/**
 * Full-text search over events with the per-language analysers. Each node keeps its own Lucene
 * index and rebuilds it from the database at start, or all nodes share one on OpenSearch (decision
 * 0036); changes are indexed as they are committed.
 * While the index cannot be trusted ({@link SearchIndexHealth}), the same searches are answered
 * by the database ({@link EventsWithoutIndex}), so a failing index makes searches slower, never
 * wrong or failed (decision 0032).
 */
@Component
public class EventSearch {

    static final String[] FIELDS = {
        "title_sv",
        "title_ar",
        "title_en",
        "description_sv",
        "description_ar",
        "description_en",
        // the texts the organiser wrote in other languages, each with its language's analyser
        EventEntity.TEXTS_ENGLISH,
        EventEntity.TEXTS_ARABIC,
        EventEntity.TEXTS_OTHER
    };

    private final EntityManagerFactory entityManagerFactory;
    private final SearchIndexHealth health;
    private final EventsWithoutIndex database;
    private volatile @Nullable SearchProjection<EventSummary> cards;

    EventSearch(EntityManagerFactory entityManagerFactory, SearchIndexHealth health, EventsWithoutIndex database) {
        this.entityManagerFactory = entityManagerFactory;
        this.health = health;
        this.database = database;
    }

    /** Ids of events whose title or description matches every word (in any of its inflections). */
    public List<Long> matching(String text, int limit) {
        if (health.usable(EventEntity.class)) {
            try (EntityManager session = entityManagerFactory.createEntityManager()) {
                return Search.session(session)
                        .search(EventEntity.class)
                        .select(f -> f.id(Long.class))
                        .where(f -> f.simpleQueryString()
                                .fields(FIELDS)
                                .matching(text)
                                .defaultOperator(BooleanOperator.AND))
                        .fetchHits(limit);
            } catch (SearchException e) {
                health.searchFailed(EventEntity.class, e);
            }
        }
        return database.matching(text, limit);
    }

    /**
     * What the event list asks for: words (optional) and the other filters, all answered by the index.
     * {@code places} null means anywhere; an empty collection means nowhere.
     */
    public record Criteria(
            @Nullable String text,
            Instant from,
            Instant to,
            @Nullable Category category,
            @Nullable Audience audience,
            @Nullable String language,
            boolean childFriendlyOnly,
            boolean freeOnly,
            @Nullable Collection<Long> places) {}

    /**
     * Published events that end at or after {@code from}, start before {@code to} and match every
     * criterion, earliest start first (then by id), at most {@code limit}. Filtering, sorting and
     * limiting happen in the index, and the cards' facts are read from it (stored fields, kept in
     * step with every change through JPA, seats included), so a search asks the database nothing.
     * Times come back to the millisecond.
     */
    public List<EventSummary> upcoming(Criteria criteria, int limit) {
        return page(criteria, 0, limit).events();
    }

    /** A page of the events {@link #upcoming} finds, with how many it finds in all. */
    public record Found(List<EventSummary> events, long total) {}

    /** As {@link #upcoming}, from {@code offset}: one page, and the number of matches in all. */
    public Found page(Criteria criteria, int offset, int limit) {
        if (health.usable(EventEntity.class)) {
            // a session of its own and no transaction: projections only, so no database connection is taken
            try (EntityManager session = entityManagerFactory.createEntityManager()) {
                var result = search(session, criteria).fetch(offset, limit);
                return new Found(result.hits(), result.total().hitCount());
            } catch (SearchException e) {
                health.searchFailed(EventEntity.class, e);
            }
        }
        return database.page(criteria, offset, limit);
    }

    private SearchQueryOptionsStep<?, ?, EventSummary, ?, ?, ?> search(EntityManager session, Criteria criteria) {
        return Search.session(session)
                .search(EventEntity.class)
                .select(cards())
                // the words decide what matches; the rest only filters (no scores: the list is by date)
                .where(f -> f.bool().with(b -> {
                    if (criteria.text() != null && !criteria.text().isBlank()) {
                        b.must(f.simpleQueryString()
                                .fields(FIELDS)
                                .matching(criteria.text())
                                .defaultOperator(BooleanOperator.AND));
                    }
                    b.filter(f.match().field(EventEntity.STATUS).matching(EventStatus.PUBLISHED));
                    b.filter(f.range().field(EventEntity.ENDS_AT).atLeast(criteria.from()));
                    b.filter(f.range().field(EventEntity.STARTS_AT).lessThan(criteria.to()));
                    if (criteria.category() != null) {
                        b.filter(f.match().field(EventEntity.CATEGORY).matching(criteria.category()));
                    }
                    if (criteria.audience() != null) {
                        b.filter(f.match().field(EventEntity.AUDIENCE).matching(criteria.audience()));
                    }
                    if (criteria.language() != null) {
                        b.filter(f.match().field(EventEntity.LANGUAGES).matching(criteria.language()));
                    }
                    if (criteria.childFriendlyOnly()) {
                        b.filter(f.match().field(EventEntity.CHILD_FRIENDLY).matching(true));
                    }
                    if (criteria.freeOnly()) {
                        b.filter(f.match().field(EventEntity.FREE).matching(true));
                    }
                    if (criteria.places() != null) {
                        b.filter(
                                criteria.places().isEmpty()
                                        ? f.matchNone()
                                        : f.terms().field(EventEntity.PLACE).matchingAny(criteria.places()));
                    }
                }))
                .sort(f -> f.field(EventEntity.STARTS_AT)
                        .asc()
                        .then()
                        .field(EventEntity.ID_ORDER)
                        .asc());
    }

    /**
     * The facts an event card shows, read from the index: built once and reused by every search,
     * since building it again for each search cost more than some searches themselves.
     */
    private SearchProjection<EventSummary> cards() {
        SearchProjection<EventSummary> built = cards;
        if (built == null) {
            var f = Search.mapping(entityManagerFactory)
                    .scope(EventEntity.class)
                    .projection();
            built = f.composite()
                    .from(
                            f.id(Long.class),
                            f.field(EventEntity.TITLE, String.class),
                            f.field(EventEntity.DESCRIPTION, String.class),
                            f.field(EventEntity.STARTS_AT, Instant.class),
                            f.field(EventEntity.ENDS_AT, Instant.class),
                            f.field(EventEntity.PLACE, Long.class),
                            f.field(EventEntity.ONLINE_URL, String.class),
                            f.field(EventEntity.CATEGORY, Category.class),
                            f.field(EventEntity.AUDIENCE, Audience.class),
                            f.field(EventEntity.LANGUAGES, String.class).set(),
                            f.field(EventEntity.CHILD_FRIENDLY, Boolean.class),
                            f.field(EventEntity.COST, BigDecimal.class),
                            f.field(EventEntity.CAPACITY, Integer.class),
                            f.field(EventEntity.CONFIRMED, Integer.class),
                            f.field(EventEntity.DEADLINE, Instant.class),
                            f.field(EventEntity.STATUS, EventStatus.class),
                            f.field(EventEntity.ORGANISER_NAME, String.class),
                            f.field(EventEntity.SERIES, Long.class),
                            f.field(EventEntity.APPROVAL, Boolean.class),
                            f.field(EventEntity.TRANSLATIONS, String.class).list())
                    .asList(EventSearch::summary)
                    .toProjection();
            cards = built;
        }
        return built;
    }

    @SuppressWarnings("unchecked")
    private static EventSummary summary(List<?> v) {
        List<String> translations = v.get(19) == null ? List.of() : (List<String>) v.get(19);
        return EventSummary.builder()
                .id(new EventId((Long) v.get(0)))
                .startsAt((Instant) v.get(3))
                .endsAt((Instant) v.get(4))
                .placeId(v.get(5) == null ? null : new PlaceId((Long) v.get(5)))
                .onlineUrl((String) v.get(6))
                .category((Category) v.get(7))
                .audience((Audience) v.get(8))
                .languages(Set.copyOf((Set<String>) v.get(9)))
                .childFriendly((Boolean) v.get(10))
                .costSek((BigDecimal) v.get(11))
                .capacity((Integer) v.get(12))
                .confirmed((Integer) v.get(13))
                .signupDeadline((Instant) v.get(14))
                .status((EventStatus) v.get(15))
                .organiserName((String) v.get(16))
                .seriesId(v.get(17) == null ? null : new SeriesId((Long) v.get(17)))
                .approvalRequired((Boolean) v.get(18))
                .titles(MultilingualText.swedish(
                        (String) v.get(1), TextTranslations.decode(translations, EventEntity.TITLE_FIELD)))
                .descriptions(MultilingualText.swedish(
                        (String) v.get(2), TextTranslations.decode(translations, EventEntity.DESCRIPTION_FIELD)))
                .build();
    }
}
