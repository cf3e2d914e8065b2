/** Event, series and sign-up entities that guard their own state, repositories and helpers. */
@org.jspecify.annotations.NullMarked
package se.brobygge.events.internal;
