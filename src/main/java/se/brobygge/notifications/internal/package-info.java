/** Outbox, templates and preference entities; notifications' implementation. */
@NullMarked
package se.brobygge.notifications.internal;

import org.jspecify.annotations.NullMarked;
