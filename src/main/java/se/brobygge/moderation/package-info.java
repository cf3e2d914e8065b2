/**
 * Moderation of everything residents write anywhere in Brobygge: reports, the review queue,
 * decisions with reasons told to the author, appeals, pre-moderation, watched words, blocks and
 * the action log. Decoupled from the owning modules by the events in
 * {@link se.brobygge.shared.content}: it never reads their tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Moderation")
@org.jspecify.annotations.NullMarked
package se.brobygge.moderation;
