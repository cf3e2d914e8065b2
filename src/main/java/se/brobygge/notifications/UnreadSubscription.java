package se.brobygge.notifications;

/** A listener to a person's unread count; {@link #cancel()} stops it (a page does so when it goes away). */
@FunctionalInterface
public interface UnreadSubscription {

    void cancel();
}
