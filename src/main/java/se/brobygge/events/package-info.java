/**
 * Events at meeting places: publishing, discovery, sign-up with capacity and waitlist. The last
 * seat is settled in the database (a row lock on the event), never in memory.
 */
@ApplicationModule(displayName = "Events")
@NullMarked
package se.brobygge.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
