/**
 * Turns other modules' events into mails (and later in-app notifications) in the recipient's
 * language. Mails go through a transactional outbox and are sent by a scheduled dispatcher.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package se.brobygge.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
