/** Runs every module's retention rule on the configured schedule (gallring). */
@NullMarked
package se.brobygge.privacy.retention;

import org.jspecify.annotations.NullMarked;
