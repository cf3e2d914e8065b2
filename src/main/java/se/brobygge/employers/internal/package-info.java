/** Session, card, seating and posting entities and repositories; employers' implementation. */
@org.jspecify.annotations.NullMarked
package se.brobygge.employers.internal;
