/**
 * PDF documents for printing and for decision makers (dialogue summaries, attendee lists, seating
 * plans), in any of Brobygge's languages, right-to-left included. See docs/decisions/0019.
 */
@NullMarked
package se.brobygge.shared.pdf;

import org.jspecify.annotations.NullMarked;
