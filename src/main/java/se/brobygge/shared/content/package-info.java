/** The contract between modules that hold user-written content and the moderation module. */
@NullMarked
package se.brobygge.shared.content;

import org.jspecify.annotations.NullMarked;
