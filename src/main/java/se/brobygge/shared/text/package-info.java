/** Cleaning of plain text that people type, at the services' boundaries. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.text;
