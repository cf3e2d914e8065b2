package se.brobygge.shared.retention;

import java.time.Instant;

/**
 * One module's retention rule: deletes or anonymises its own rows that are older than the
 * schedule allows, in its own transaction, and says how many rows it touched. Rules must be
 * idempotent: the job may run them again at any time.
 */
public interface RetentionRule {

    /** A short name for logs and the README's table, e.g. {@code events.past-sign-ups}. */
    String name();

    int apply(RetentionSchedule schedule, Instant now);
}
