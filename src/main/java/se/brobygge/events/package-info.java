/**
 * Events at meeting places: publishing, discovery, sign-up with capacity and waitlist. The last
 * seat is settled in the database (a row lock on the event), never in memory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events")
@org.jspecify.annotations.NullMarked
package se.brobygge.events;
