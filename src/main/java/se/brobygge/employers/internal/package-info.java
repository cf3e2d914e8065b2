/** Session, card, seating and posting entities and repositories; employers' implementation. */
@NullMarked
package se.brobygge.employers.internal;

import org.jspecify.annotations.NullMarked;
