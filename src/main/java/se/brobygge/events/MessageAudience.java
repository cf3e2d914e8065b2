package se.brobygge.events;

/** Whom an organiser's message to the people of an event goes to. */
public enum MessageAudience {
    /** Everyone with a seat (or waiting for the organiser's approval). */
    ATTENDEES,
    /** Everyone on the waitlist. */
    WAITLISTED;

    boolean includes(SignUpStatus status) {
        return switch (this) {
            case ATTENDEES -> status == SignUpStatus.CONFIRMED || status == SignUpStatus.PENDING;
            case WAITLISTED -> status == SignUpStatus.WAITING;
        };
    }
}
