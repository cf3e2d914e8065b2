package se.brobygge.events.internal;

import java.util.List;

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

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIndex() throws InterruptedException {
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(EventEntity.class).massIndexer()
                .threadsToLoadObjects(1).startAndWait();
        log.info("Event search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
