package se.brobygge.associations.internal;

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
 * Full-text search over association names and descriptions with the per-language analysers
 * (Swedish stemming: "fotboll" finds "fotbollen"); same approach as events (decision 0013).
 */
@Component
public class AssociationSearch {

    private static final Logger log = LoggerFactory.getLogger(AssociationSearch.class);
    static final String[] FIELDS = {"name_sv", "name_ar", "name_en", "description_sv", "description_ar",
            "description_en"};

    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;

    AssociationSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory) {
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Ids of associations whose name or description matches every word, in any inflection. */
    @Transactional(readOnly = true)
    public List<Long> matching(String text, int limit) {
        return Search.session(entityManager).search(AssociationEntity.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.simpleQueryString().fields(FIELDS).matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .fetchHits(limit);
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildIndex() throws InterruptedException {
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(AssociationEntity.class).massIndexer()
                .threadsToLoadObjects(1).startAndWait();
        log.info("Association search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
