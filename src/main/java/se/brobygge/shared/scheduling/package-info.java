/** Scheduling shared by every module: ShedLock on the database, so each job runs on one node per tick. */
@NullMarked
package se.brobygge.shared.scheduling;

import org.jspecify.annotations.NullMarked;
