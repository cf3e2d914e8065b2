package se.brobygge.events;

public enum SignUpStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waitlist, first come first served. */
    WAITING,
    /** Waits for the organiser's approval (events with approval on). */
    PENDING,
    /** The organiser did not approve. */
    DECLINED,
    CANCELLED,
    /** A guest's sign-up before they clicked the link in their mail. */
    UNCONFIRMED;

    /** Signed up in some way: seated, waiting or pending. */
    public boolean active() {
        return this == CONFIRMED || this == WAITING || this == PENDING;
    }
}
