package se.brobygge.employers.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;
import se.brobygge.employers.internal.seating.SeatingEngine;

/**
 * Runs seating plans off the request threads (never blocking the UI): at most two at a time, as the
 * machines have few cores; further plans wait their turn.
 */
@Component
public class SeatingRunner {

    private final SeatingEngine engine = new SeatingEngine();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "seating-plan");
        t.setDaemon(true);
        return t;
    });

    public SeatingEngine engine() {
        return engine;
    }

    public Future<?> submit(Runnable work) {
        return executor.submit(work);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
