/**
 * Turns other modules' events into mails (and later in-app notifications) in the recipient's
 * language. Mails go through a transactional outbox and are sent by a scheduled dispatcher.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package se.brobygge.notifications;
