package se.brobygge.shared.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How Hibernate Search's automatic indexing ends after a commit: like the default {@code write-sync},
 * the saving thread waits until the index has written the change (so the person who saved finds it
 * in the next search), but a failure is handed to {@link SearchIndexHealth} instead of being thrown.
 * The database has committed by then; throwing would tell the person that their save may be lost
 * when it is not (decision 0032). The wait is bounded, so a hanging search backend never holds a
 * request. Configured with {@code hibernate.search.indexing.plan.synchronization.strategy} (a Spring
 * bean, so that it reaches the node's {@link SearchIndexHealth}).
 * <p>
 * A Lucene index of the node shows its own writes to the next search. A shared index on OpenSearch
 * shows writes only after a refresh (every second by default), so there the write asks for one: the
 * change is then searchable at once on every node, the one that saved it included (decision 0036).
 */
@Component
public class AfterCommitIndexing implements IndexingPlanSynchronizationStrategy {

    private final SearchIndexHealth health;
    private final Duration wait;
    private final DocumentRefreshStrategy refresh;

    AfterCommitIndexing(
            SearchIndexHealth health,
            @Value("${brobygge.search.indexing-wait:PT10S}") Duration wait,
            @Value("${spring.jpa.properties.hibernate.search.backend.type:lucene}") String backend) {
        this.health = health;
        this.wait = wait;
        this.refresh = "elasticsearch".equals(backend) ? DocumentRefreshStrategy.FORCE : DocumentRefreshStrategy.NONE;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(refresh);
        context.indexingFutureHandler(this::await);
    }

    private void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        try {
            report(future.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            health.writeFailed(List.of(), e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            later(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            later(future);
        } catch (RuntimeException e) {
            health.writeFailed(List.of(), e); // never into the caller's committed action
        }
    }

    private void later(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        future.whenComplete((report, failure) -> {
            if (failure != null) {
                health.writeFailed(List.of(), failure);
            } else {
                report(report);
            }
        });
    }

    private void report(SearchIndexingPlanExecutionReport report) {
        report.throwable()
                .ifPresent(failure -> health.writeFailed(
                        report.failingEntities().stream()
                                .map(EntityReference::type)
                                .distinct()
                                .<Class<?>>map(t -> t)
                                .toList(),
                        failure));
    }
}
