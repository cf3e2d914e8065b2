package se.brobygge.shared.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.brobygge.shared.operations.LongWorkRunner;

/**
 * Fills search indexes from the database with the mass indexer, for {@link SearchIndexHealth}:
 * at start and in its repairs. A shared index (OpenSearch, decision 0036) outlives the nodes: it
 * is created when missing, recreated when its mapping or analysis changed, and filled at start
 * only then or when it is empty, under a lock in the database, so nodes starting together do it
 * once.
 */
@Component
class SearchIndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuilder.class);
    /** The ShedLock name under which one node at a time prepares a shared index at start. */
    static final String SHARED_START_LOCK = "search.shared-index-start";

    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private final ObjectProvider<LockProvider> locks;
    private final boolean shared;
    private final Clock clock;
    private final LongWorkRunner longWork;

    SearchIndexRebuilder(
            ObjectProvider<EntityManagerFactory> entityManagerFactory,
            ObjectProvider<LockProvider> locks,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
            Clock clock,
            LongWorkRunner longWork) {
        this.entityManagerFactory = entityManagerFactory;
        this.locks = locks;
        this.shared = "elasticsearch".equals(backend);
        this.clock = clock;
        this.longWork = longWork;
    }

    /** Every indexed entity type, or null before the persistence unit exists. */
    @Nullable
    Set<Class<?>> indexedTypes() {
        EntityManagerFactory emf = entityManagerFactory.getIfAvailable();
        if (emf == null) {
            return null;
        }
        return Search.mapping(emf).allIndexedEntities().stream()
                .map(SearchIndexedEntity::javaClass)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** At start: a node's own index is filled; a shared one only when missing, empty or changed. */
    void atStart(Set<Class<?>> types) throws InterruptedException {
        if (shared) {
            startShared(types);
        } else {
            rebuild(types);
        }
    }

    /** Rebuilds these indexes from the database and checks that they answer a search. */
    void rebuild(Collection<Class<?>> types) throws InterruptedException {
        long started = System.nanoTime();
        EntityManagerFactory emf = entityManagerFactory.getObject();
        if (shared) {
            prepareShared(types, false); // missing after an outage of the cluster, or changed meanwhile
        }
        Search.mapping(emf)
                .scope(List.copyOf(types))
                .massIndexer()
                .threadsToLoadObjects(1)
                // one segment per index after a rebuild on this node: fewer parts for every search to
                // visit (a shared OpenSearch index merges by its own policy)
                .mergeSegmentsOnFinish(!shared)
                // reading every row may take longer than a request's database timeout
                .environment(longWork.massIndexing())
                // its failures end in the exception below; not each one as an error in the log
                .failureHandler(failure -> log.debug(
                        "While rebuilding a search index: {}",
                        failure.throwable().toString()))
                .startAndWait();
        try (EntityManager session = emf.createEntityManager()) {
            for (Class<?> type : types) {
                Search.session(session).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            }
        }
        log.info("Search index {} rebuilt in {} ms", names(types), (System.nanoTime() - started) / 1_000_000);
    }

    private void startShared(Set<Class<?>> types) throws InterruptedException {
        Optional<SimpleLock> lock = locks.getObject()
                .lock(new LockConfiguration(clock.instant(), SHARED_START_LOCK, Duration.ofHours(1), Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Another node is preparing the shared search index; this node uses it as it is");
            return;
        }
        try {
            Set<Class<?>> stale = prepareShared(types, true);
            if (!stale.isEmpty()) {
                rebuild(stale);
            } else {
                log.info("Shared search index {} up to date; not rebuilt", names(types));
            }
        } finally {
            lock.get().unlock();
        }
    }

    /**
     * Makes the shared indexes match this node's mapping: creates missing ones and recreates those
     * whose mapping or analysis differ (a new version of the application). Returns those that need
     * filling from the database: the created ones and, when asked, the empty ones.
     */
    private Set<Class<?>> prepareShared(Collection<Class<?>> types, boolean empty) {
        EntityManagerFactory emf = entityManagerFactory.getObject();
        Set<Class<?>> stale = new LinkedHashSet<>();
        for (Class<?> type : types) {
            var schema = Search.mapping(emf).scope(type).schemaManager();
            try {
                schema.validate();
            } catch (SearchException e) {
                log.info(
                        "Shared search index {} is missing or its mapping changed: creating it anew and filling it"
                                + " from the database ({})",
                        indexName(type),
                        Objects.requireNonNullElse(e.getMessage(), "")
                                .lines()
                                .findFirst()
                                .orElse(""));
                schema.dropAndCreate();
                stale.add(type);
                continue;
            }
            if (!empty) {
                continue;
            }
            try (EntityManager session = emf.createEntityManager()) {
                if (Search.session(session)
                                .search(type)
                                .where(f -> f.matchAll())
                                .fetchTotalHitCount()
                        == 0) {
                    log.info("Shared search index {} is empty: filled from the database", indexName(type));
                    stale.add(type);
                }
            }
        }
        return stale;
    }

    static String names(Collection<Class<?>> types) {
        return types.stream().map(SearchIndexRebuilder::indexName).sorted().collect(Collectors.joining(", "));
    }

    static String indexName(Class<?> type) {
        Indexed indexed = type.getAnnotation(Indexed.class);
        return indexed == null || indexed.index().isBlank() ? type.getSimpleName() : indexed.index();
    }
}
