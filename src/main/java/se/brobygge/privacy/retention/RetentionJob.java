package se.brobygge.privacy.retention;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.brobygge.shared.operations.LongWork;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/**
 * Applies every module's {@link RetentionRule} once a night (brobygge.retention.cron), on one node
 * at a time. A failing rule is logged and does not stop the others; it is tried again next night.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final RetentionSchedule schedule;
    private final Clock clock;

    RetentionJob(List<RetentionRule> rules, RetentionSchedule schedule, Clock clock) {
        this.rules = rules;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(cron = "${brobygge.retention.cron:0 30 3 * * *}", zone = "Europe/Stockholm")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
    @LongWork
    public void scheduled() {
        applyAll();
    }

    /** Applies every rule now; returns the rows each rule touched, by rule name. */
    @LongWork
    public Map<String, Integer> applyAll() {
        Map<String, Integer> touched = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            try {
                int n = applyRetryingDeadlocks(rule);
                touched.put(rule.name(), n);
                if (n > 0) {
                    log.info("Retention {}: {} rows", rule.name(), n);
                }
            } catch (RuntimeException e) {
                log.error("Retention rule {} failed", rule.name(), e);
                touched.put(rule.name(), -1);
            }
        }
        return touched;
    }

    /** A rule deleting rows that a job of the module locks at the same moment may lose a deadlock: try again. */
    private int applyRetryingDeadlocks(RetentionRule rule) {
        for (int attempt = 1; ; attempt++) {
            try {
                return rule.apply(schedule, clock.instant());
            } catch (TransientDataAccessException e) {
                if (attempt == 3) {
                    throw e;
                }
                log.info("Retention {} met a lock conflict; trying again", rule.name());
            }
        }
    }

    /** The names of the rules in force. */
    public List<String> ruleNames() {
        return rules.stream().map(RetentionRule::name).toList();
    }
}
