package se.brobygge.bench;

import java.util.ArrayList;
import java.util.List;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the application runs while serving HTTP requests, between
 * {@link #start()} and {@link #stop()}. Statements of other threads (the mail dispatcher polls the
 * outbox every 0.3 s in the test profile) are not the view's and are left out.
 */
final class StatementCounter implements QueryExecutionListener {

    private static final ThreadLocal<Boolean> SERVING_REQUEST = ThreadLocal.withInitial(() -> false);

    private volatile boolean counting;
    private final List<String> statements = new ArrayList<>();

    static void enterRequest() {
        SERVING_REQUEST.set(true);
    }

    static void leaveRequest() {
        SERVING_REQUEST.remove();
    }

    synchronized void start() {
        statements.clear();
        counting = true;
    }

    /** Stops counting; returns the statements counted (SQL text, in order). */
    synchronized List<String> stop() {
        counting = false;
        return List.copyOf(statements);
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted once done
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!counting || !SERVING_REQUEST.get()) {
            return;
        }
        synchronized (this) {
            for (QueryInfo query : queries) {
                // a batch of one prepared statement runs it once per parameter set
                int times = execution.isBatch() && query.getParametersList().size() > 1
                        ? query.getParametersList().size()
                        : 1;
                for (int i = 0; i < times; i++) {
                    statements.add(query.getQuery());
                }
            }
        }
    }
}
