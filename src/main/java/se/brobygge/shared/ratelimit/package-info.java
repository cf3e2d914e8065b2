/**
 * Rate limits per action and caller, configured by properties (docs/decisions/0030).
 */
@NullMarked
package se.brobygge.shared.ratelimit;

import org.jspecify.annotations.NullMarked;
