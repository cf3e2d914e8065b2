/**
 * Rate limits per action and caller, configured by properties (docs/decisions/0030).
 */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.ratelimit;
