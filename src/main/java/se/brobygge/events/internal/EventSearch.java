package se.brobygge.events.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventStatus;

/**
 * Full-text search over events with the per-language analysers. Each node keeps its own Lucene
 * index and rebuilds it from the database at start; changes are indexed as they are committed.
 */
@Component
public class EventSearch {

    private static final Logger log = LoggerFactory.getLogger(EventSearch.class);
    static final String[] FIELDS = {"title_sv", "title_ar", "title_en", "description_sv", "description_ar",
            "description_en"};

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;

    EventSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Ids of events whose title or description matches every word (in any of its inflections). */
    @Transactional(readOnly = true)
    public List<Long> matching(String text, int limit) {
        return Search.session(entityManager).search(EventEntity.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.simpleQueryString().fields(FIELDS).matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .fetchHits(limit);
    }

    /**
     * What the event list asks for: words (optional) and the other filters, all answered by the index.
     * {@code places} null means anywhere; an empty collection means nowhere.
     */
    public record Criteria(@Nullable String text, Instant from, Instant to, @Nullable Category category,
            @Nullable Audience audience, @Nullable String language, boolean childFriendlyOnly, boolean freeOnly,
            @Nullable Collection<Long> places) {
    }

    /**
     * Ids of published events that end at or after {@code from}, start before {@code to} and match
     * every criterion, earliest start first (then by id), at most {@code limit}. Filtering, sorting
     * and limiting happen in the index, so the database only loads the page.
     */
    @Transactional(readOnly = true)
    public List<Long> upcoming(Criteria criteria, int limit) {
        return Search.session(entityManager).search(EventEntity.class)
                .select(f -> f.id(Long.class))
                .where((f, root) -> {
                    if (criteria.text() != null && !criteria.text().isBlank()) {
                        root.add(f.simpleQueryString().fields(FIELDS).matching(criteria.text())
                                .defaultOperator(BooleanOperator.AND));
                    }
                    root.add(f.match().field(EventEntity.STATUS).matching(EventStatus.PUBLISHED));
                    root.add(f.range().field(EventEntity.ENDS_AT).atLeast(criteria.from()));
                    root.add(f.range().field(EventEntity.STARTS_AT).lessThan(criteria.to()));
                    if (criteria.category() != null) {
                        root.add(f.match().field(EventEntity.CATEGORY).matching(criteria.category()));
                    }
                    if (criteria.audience() != null) {
                        root.add(f.match().field(EventEntity.AUDIENCE).matching(criteria.audience()));
                    }
                    if (criteria.language() != null) {
                        root.add(f.match().field(EventEntity.LANGUAGES).matching(criteria.language()));
                    }
                    if (criteria.childFriendlyOnly()) {
                        root.add(f.match().field(EventEntity.CHILD_FRIENDLY).matching(true));
                    }
                    if (criteria.freeOnly()) {
                        root.add(f.match().field(EventEntity.FREE).matching(true));
                    }
                    if (criteria.places() != null) {
                        root.add(criteria.places().isEmpty() ? f.matchNone()
                                : f.terms().field(EventEntity.PLACE).matchingAny(criteria.places()));
                    }
                })
                .sort(f -> f.field(EventEntity.STARTS_AT).asc().then().field(EventEntity.ID_ORDER).asc())
                .fetchHits(limit);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIndex() throws InterruptedException {
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(EventEntity.class).massIndexer()
                .threadsToLoadObjects(1).startAndWait();
        log.info("Event search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
