package se.brobygge.shared.search;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether each search index can be trusted, and its repair (decision 0032). The database is the
 * truth; an index is a copy. When writing to an index fails after a commit, or a search in it
 * fails, the index is marked failed: searches of that kind go to the database (slower, without
 * inflections) and a background task rebuilds the index from the database with the mass indexer,
 * retrying with growing pauses, until it succeeds and no failure happened meanwhile. Only then do
 * searches use the index again. Works the same for any Hibernate Search backend.
 * <p>
 * The filling itself, at start and in a repair, is {@link SearchIndexRebuilder}'s.
 */
@Component
public class SearchIndexHealth {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHealth.class);

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

    private final SearchIndexRebuilder rebuilder;
    private final Clock clock;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Map<Class<?>, State> states = new ConcurrentHashMap<>();
    /** Failures seen per index: a rebuild that overlapped a new failure does not clear it. */
    private final Map<Class<?>, Long> failures = new ConcurrentHashMap<>();

    private final ScheduledExecutorService repairs = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("search-index-repair").factory());
    private @Nullable ScheduledFuture<?> scheduled;

    SearchIndexHealth(
            SearchIndexRebuilder rebuilder,
            Clock clock,
            @Value("${brobygge.search.repair-retry-initial:PT5S}") Duration retryInitial,
            @Value("${brobygge.search.repair-retry-max:PT5M}") Duration retryMax) {
        this.rebuilder = rebuilder;
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
        String names = names(types);
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
                .mapToInt(t -> states.getOrDefault(t, State.READY).failedRepairs())
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
            rebuilder.rebuild(seen.keySet());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                return; // shutting down
            }
            int attempts = 0;
            synchronized (this) {
                for (Class<?> type : seen.keySet()) {
                    State s = states.getOrDefault(type, State.READY);
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
                State s = states.getOrDefault(entry.getKey(), State.READY);
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

    /**
     * Fills every index from the database when the node has started; a shared index only when it is
     * missing, empty or changed. A failure here does not stop the node: searches use the database
     * until the repair succeeds.
     */
    @EventListener(ApplicationReadyEvent.class)
    void rebuildAtStart() {
        Set<Class<?>> types = indexedTypes();
        try {
            rebuilder.atStart(types);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed(types, "rebuilding at start", e);
        }
    }

    private Set<Class<?>> indexedTypes() {
        Set<Class<?>> all = rebuilder.indexedTypes();
        return all == null ? Set.copyOf(states.keySet()) : all;
    }

    private static String names(Collection<Class<?>> types) {
        return SearchIndexRebuilder.names(types);
    }

    static String indexName(Class<?> type) {
        return SearchIndexRebuilder.indexName(type);
    }

    @PreDestroy
    void stop() {
        repairs.shutdownNow();
    }
}
