package se.brobygge.events;

public enum EventStatus {
    PUBLISHED,
    CANCELLED,
    /** Organised for an organisation that is not verified: waits for staff. */
    PENDING_APPROVAL,
    /** Staff did not publish it; the organiser sees why. */
    DECLINED
}
