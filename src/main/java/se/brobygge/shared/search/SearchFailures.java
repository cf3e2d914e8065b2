package se.brobygge.shared.search;

import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hibernate Search's background failure handler ({@code hibernate.search.background_failure_handler}):
 * entities that could not be indexed outside a request (by a background processor, with another
 * backend or coordination) mark their index failed, so searches answer from the database until it
 * is rebuilt (decision 0032). Other failures are logged in one line; the details of the first
 * failure of an episode are logged by {@link SearchIndexHealth}.
 */
@Component
class SearchFailures implements FailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SearchFailures.class);

    private final SearchIndexHealth health;

    SearchFailures(SearchIndexHealth health) {
        this.health = health;
    }

    @Override
    public void handle(FailureContext context) {
        // not tied to entities (e.g. a Lucene writer reset): the work that failed with it is
        // reported with its entities, through AfterCommitIndexing or the method below
        log.warn("Search index work failed: {}", context.throwable().toString());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        health.writeFailed(
                context.failingEntityReferences().stream()
                        .map(EntityReference::type)
                        .distinct()
                        .<Class<?>>map(t -> t)
                        .toList(),
                context.throwable());
    }
}
