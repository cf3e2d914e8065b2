package se.brobygge.notifications;

/** Where a mail in the outbox is. */
public enum MailStatus {
    /** Waiting to be sent, or waiting for the next attempt after a temporary failure. */
    PENDING,
    SENT,
    /** Refused permanently (e.g. an address that does not exist) or given up after many attempts. */
    FAILED
}
