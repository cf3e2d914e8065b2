/** Writing public feeds: Atom elements with text that XML can carry. */
@NullMarked
package se.brobygge.shared.feed;

import org.jspecify.annotations.NullMarked;
