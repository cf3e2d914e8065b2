/** The contract between every module and the notifications module: publish a {@link se.brobygge.shared.notify.NotificationRequested}. */
@NullMarked
package se.brobygge.shared.notify;

import org.jspecify.annotations.NullMarked;
