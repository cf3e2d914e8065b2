/**
 * Private one-to-one conversations between people who have a relationship somewhere in Brobygge
 * (an event organiser and a person signed up, a mentor and mentee, ...), found through every
 * {@link se.brobygge.shared.messaging.RelationshipSource}. Plain text, read receipts, block and
 * report. Staff have no view of conversations; a reported message goes to moderation as a snapshot.
 */
@ApplicationModule(displayName = "Messaging")
@NullMarked
package se.brobygge.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
