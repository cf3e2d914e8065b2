/**
 * Moderation of everything residents write anywhere in Brobygge: reports, the review queue,
 * decisions with reasons told to the author, appeals, pre-moderation, watched words, blocks and
 * the action log. Decoupled from the owning modules by the events in
 * {@link se.brobygge.shared.content}: it never reads their tables.
 */
@ApplicationModule(displayName = "Moderation")
@NullMarked
package se.brobygge.moderation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
