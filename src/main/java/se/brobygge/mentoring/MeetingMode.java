package se.brobygge.mentoring;

/** How someone can meet. */
public enum MeetingMode {
    ONLINE,
    IN_PERSON
}
