/** The contract between every module and the notifications module: publish a {@link se.brobygge.shared.notify.NotificationRequested}. */
@org.jspecify.annotations.NullMarked
package se.brobygge.shared.notify;
