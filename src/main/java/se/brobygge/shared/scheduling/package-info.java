/** Scheduling shared by every module: ShedLock on the database, so each job runs on one node per tick. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.scheduling;
