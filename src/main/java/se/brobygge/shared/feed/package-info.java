/** Writing public feeds: Atom elements with text that XML can carry. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.feed;
