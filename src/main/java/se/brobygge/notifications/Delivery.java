package se.brobygge.notifications;

/** How a person hears about one kind of notification. Every kind always shows in the app too. */
public enum Delivery {
    /** A mail at once. */
    MAIL_NOW,
    /** Collected into one mail a day, in the morning. */
    DAILY,
    /** Collected into one mail a week, on Monday morning. */
    WEEKLY,
    /** No mail: only the bell in the app. */
    IN_APP
}
