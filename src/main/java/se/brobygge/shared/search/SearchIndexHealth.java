package se.brobygge.shared.search;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.operations.LongWorkRunner;

/**
 * Whether each search index can be trusted, and its repair (decision 0032). The database is the
 * truth; an index is a copy. When writing to an index fails after a commit, or a search in it
 * fails, the index is marked failed: searches of that kind go to the database (slower, without
 * inflections) and a background task rebuilds the index from the database with the mass indexer,
 * retrying with growing pauses, until it succeeds and no failure happened meanwhile. Only then do
 * searches use the index again. Works the same for any Hibernate Search backend.
 * <p>
 * At start, a node's own Lucene index is filled from the database. A shared index (OpenSearch,
 * decision 0036) outlives the nodes: a starting node creates it when it is missing, recreates it
 * when its mapping or analysis changed, and fills it only then or when it is empty, under a lock
 * in the database, so nodes starting together do it once.
 */
@Component
public class SearchIndexHealth {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHealth.class);
    /** The ShedLock name under which one node at a time prepares a shared index at start. */
    static final String SHARED_START_LOCK = "search.shared-index-start";

    /** What a node knows about one index. */
    public enum Status {
        /** Searches use the index. */
        READY,
        /** A write or search failed; searches use the database until the index is rebuilt. */
        FAILED,
        /** Being rebuilt from the database; searches use the database. */
        REPAIRING
    }

    /**
     * @param since when the index was first found failing in this episode (null when ready)
     * @param lastFailure the last failure's message, for operators
     * @param failedRepairs rebuilds tried in vain in this episode
     */
    public record State(
            Status status,
            @Nullable Instant since,
            @Nullable String lastFailure,
            int failedRepairs) {

        static final State READY = new State(Status.READY, null, null, 0);
    }

    private final ObjectProvider<EntityManagerFactory> entityManagerFactory;
    private final ObjectProvider<LockProvider> locks;
    private final boolean shared;
    private final Clock clock;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Map<Class<?>, State> states = new ConcurrentHashMap<>();
    /** Failures seen per index: a rebuild that overlapped a new failure does not clear it. */
    private final Map<Class<?>, Long> failures = new ConcurrentHashMap<>();

    private final ScheduledExecutorService repairs = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-index-repair").factory());
    private @Nullable ScheduledFuture<?> scheduled;

    private final LongWorkRunner longWork;

    SearchIndexHealth(
            ObjectProvider<EntityManagerFactory> entityManagerFactory,
            ObjectProvider<LockProvider> locks,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend,
            Clock clock,
            @Value("${brobygge.search.repair-retry-initial:PT5S}") Duration retryInitial,
            @Value("${brobygge.search.repair-retry-max:PT5M}") Duration retryMax,
            LongWorkRunner longWork) {
        this.longWork = longWork;
        this.entityManagerFactory = entityManagerFactory;
        this.locks = locks;
        this.shared = "elasticsearch".equals(backend);
        this.clock = clock;
        this.retryInitial = retryInitial;
        this.retryMax = retryMax;
    }

    /** Whether searches over this entity type may use its index now. */
    public boolean usable(Class<?> entityType) {
        return states.getOrDefault(entityType, State.READY).status() == Status.READY;
    }

    /** Every index by name (the {@code @Indexed} index name), with its state. */
    public Map<String, State> states() {
        Map<String, State> byName = new LinkedHashMap<>();
        for (Class<?> type : indexedTypes()) {
            byName.put(indexName(type), states.getOrDefault(type, State.READY));
        }
        return byName;
    }

    /** Whether any index is failed or being rebuilt. */
    public boolean degraded() {
        return states.values().stream().anyMatch(s -> s.status() != Status.READY);
    }

    /**
     * Writing changes of these entity types to their index failed (after the database committed
     * them). Empty types: not known which, so every index.
     */
    public void writeFailed(Collection<Class<?>> entityTypes, Throwable failure) {
        failed(entityTypes.isEmpty() ? indexedTypes() : Set.copyOf(entityTypes), "writing", failure);
    }

    /** A search in the index of this entity type failed; the caller answers from the database. */
    public void searchFailed(Class<?> entityType, Throwable failure) {
        failed(Set.of(entityType), "searching", failure);
    }

    private synchronized void failed(Set<Class<?>> types, String during, Throwable failure) {
        String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        boolean first = false;
        for (Class<?> type : types) {
            failures.merge(type, 1L, Long::sum);
            State before = states.getOrDefault(type, State.READY);
            first |= before.status() == Status.READY;
            states.put(
                    type,
                    new State(
                            before.status() == Status.REPAIRING ? Status.REPAIRING : Status.FAILED,
                            before.since() == null ? clock.instant() : before.since(),
                            message,
                            before.failedRepairs()));
        }
        String names = types.stream().map(SearchIndexHealth::indexName).sorted().collect(Collectors.joining(", "));
        if (first) {
            // the committed change is safe in the database; searches answer from there meanwhile
            log.warn(
                    "Search index {} failed while {}; searches use the database until it is rebuilt",
                    names,
                    during,
                    failure);
        } else {
            log.warn("Search index {} failed again while {}: {}", names, during, message);
        }
        int failedRepairs = types.stream()
                .mapToInt(t -> states.get(t).failedRepairs())
                .max()
                .orElse(0);
        schedule(failedRepairs == 0 ? retryInitial : backoff(failedRepairs), false);
    }

    /** Plans the next rebuild; one at a time, and it looks at every index that is not ready. */
    private synchronized void schedule(Duration delay, boolean replace) {
        if (repairs.isShutdown()) {
            return;
        }
        if (scheduled != null && !scheduled.isDone()) {
            if (!replace) {
                return;
            }
            scheduled.cancel(false); // only ever a waiting one: the running rebuild cleared it first
        }
        scheduled = repairs.schedule(this::repair, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Rebuilds every index that is not ready; runs on the repair thread only. */
    private void repair() {
        Map<Class<?>, Long> seen;
        synchronized (this) {
            scheduled = null;
            seen = new LinkedHashMap<>();
            for (var entry : states.entrySet()) {
                if (entry.getValue().status() != Status.READY) {
                    seen.put(entry.getKey(), failures.getOrDefault(entry.getKey(), 0L));
                    entry.setValue(new State(
                            Status.REPAIRING,
                            entry.getValue().since(),
                            entry.getValue().lastFailure(),
                            entry.getValue().failedRepairs()));
                }
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        try {
            rebuild(seen.keySet());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return; // shutting down
            }
            int attempts = 0;
            synchronized (this) {
                for (Class<?> type : seen.keySet()) {
                    State s = states.get(type);
                    attempts = Math.max(attempts, s.failedRepairs() + 1);
                    states.put(
                            type,
                            new State(
                                    Status.FAILED,
                                    s.since(),
                                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                                    s.failedRepairs() + 1));
                }
            }
            Duration pause = backoff(attempts);
            log.warn(
                    "Rebuilding search index {} failed (attempt {}), next try in {}: {}",
                    names(seen.keySet()),
                    attempts,
                    pause,
                    e.getMessage());
            schedule(pause, true); // failures reported meanwhile do not cut the pause short
            return;
        }
        boolean again = false;
        synchronized (this) {
            for (var entry : seen.entrySet()) {
                State s = states.get(entry.getKey());
                if (failures.getOrDefault(entry.getKey(), 0L).equals(entry.getValue())) {
                    log.info(
                            "Search index {} rebuilt from the database after {} failed attempts, in use again"
                                    + " (failing since {})",
                            indexName(entry.getKey()),
                            s.failedRepairs(),
                            s.since());
                    states.put(entry.getKey(), State.READY);
                } else {
                    again = true; // a change failed while rebuilding: that rebuild may lack it
                    states.put(entry.getKey(), new State(Status.FAILED, s.since(), s.lastFailure(), s.failedRepairs()));
                }
            }
        }
        if (again) {
            schedule(retryInitial, true);
        }
    }

    private Duration backoff(int attempts) {
        Duration pause = retryInitial.multipliedBy(1L << Math.min(attempts - 1, 16));
        return pause.compareTo(retryMax) > 0 ? retryMax : pause;
    }

    /** Rebuilds these indexes from the database and checks that they answer a search. */
    private void rebuild(Collection<Class<?>> types) throws InterruptedException {
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

    /**
     * Fills every index from the database when the node has started; a shared index only when it is
     * missing, empty or changed. A failure here does not stop the node: searches use the database
     * until the repair succeeds.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildAtStart() {
        Set<Class<?>> types = indexedTypes();
        try {
            if (shared) {
                startShared(types);
            } else {
                rebuild(types);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed(types, "rebuilding at start", e);
        }
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
                        e.getMessage().lines().findFirst().orElse(""));
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

    private Set<Class<?>> indexedTypes() {
        EntityManagerFactory emf = entityManagerFactory.getIfAvailable();
        if (emf == null) {
            return Set.copyOf(states.keySet());
        }
        return Search.mapping(emf).allIndexedEntities().stream()
                .map(SearchIndexedEntity::javaClass)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String names(Collection<Class<?>> types) {
        return types.stream().map(SearchIndexHealth::indexName).sorted().collect(Collectors.joining(", "));
    }

    static String indexName(Class<?> type) {
        Indexed indexed = type.getAnnotation(Indexed.class);
        return indexed == null || indexed.index().isBlank() ? type.getSimpleName() : indexed.index();
    }

    @PreDestroy
    void stop() {
        repairs.shutdownNow();
    }
}
