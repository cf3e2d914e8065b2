package se.brobygge.privacy.internal;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes exports seven days after they were made, once per tick across all nodes. */
@Component
public class ExportPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(ExportPurgeJob.class);

    private final ExportStore store;
    private final Clock clock;

    ExportPurgeJob(ExportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @SchedulerLock(name = "privacy.purge-exports", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${brobygge.privacy.purge-check:PT1H}", initialDelayString = "PT3M")
    public void scheduled() {
        purge();
    }

    /** Returns how many exports were deleted. */
    public int purge() {
        int purged = store.purge(clock.instant());
        if (purged > 0) {
            log.info("Deleted {} expired data exports", purged);
        }
        return purged;
    }
}
