/** The contract between modules that create relationships between people and the messaging module. */
@NullMarked
package se.brobygge.shared.messaging;

import org.jspecify.annotations.NullMarked;
