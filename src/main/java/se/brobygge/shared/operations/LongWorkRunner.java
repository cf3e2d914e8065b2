package se.brobygge.shared.operations;

import java.time.Duration;
import java.util.function.Supplier;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs long work where {@link LongWork} cannot reach it: in a bean's own background task (a
 * matching round, a personal-data export handed to a worker thread) or in Hibernate Search's
 * mass-indexing threads.
 */
@Component
public class LongWorkRunner {

    private final Duration timeout;

    LongWorkRunner(@Value("${brobygge.database.long-work-timeout:PT10M}") Duration timeout) {
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        try {
            return LongWorkTimeouts.during(timeout, work::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** For {@code massIndexer().environment(...)}: each loading thread is long work. */
    public MassIndexingEnvironment massIndexing() {
        return new MassIndexingEnvironment() {
            @Override
            public void beforeExecution(Context context) {
                LongWorkTimeouts.enter(timeout);
            }

            @Override
            public void afterExecution(Context context) {
                LongWorkTimeouts.leave();
            }
        };
    }
}
