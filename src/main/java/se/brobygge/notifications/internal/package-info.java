/** Outbox, templates and preference entities; notifications' implementation. */
@org.jspecify.annotations.NullMarked
package se.brobygge.notifications.internal;
