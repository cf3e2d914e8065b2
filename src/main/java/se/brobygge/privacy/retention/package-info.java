/** Runs every module's retention rule on the configured schedule (gallring). */
@org.jspecify.annotations.NullMarked
package se.brobygge.privacy.retention;
