/**
 * Retention (gallring) as every module sees it: the schedule ({@link
 * se.brobygge.shared.retention.RetentionSchedule}, properties {@code brobygge.retention.*}) and the
 * {@link se.brobygge.shared.retention.RetentionRule} each module implements for its own tables.
 * The privacy module runs every rule on a schedule; it does not know the modules.
 */
@NullMarked
package se.brobygge.shared.retention;

import org.jspecify.annotations.NullMarked;
