/** Event, series and sign-up entities that guard their own state, repositories and helpers. */
@NullMarked
package se.brobygge.events.internal;

import org.jspecify.annotations.NullMarked;
