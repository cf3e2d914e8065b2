/** The contract between modules that create relationships between people and the messaging module. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.messaging;
