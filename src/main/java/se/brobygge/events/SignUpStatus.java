package se.brobygge.events;

public enum SignUpStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waitlist, first come first served. */
    WAITING,
    CANCELLED
}
