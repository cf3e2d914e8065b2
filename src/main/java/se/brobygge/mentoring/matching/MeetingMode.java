package se.brobygge.mentoring.matching;

/** How someone can meet. */
public enum MeetingMode {
    ONLINE,
    IN_PERSON
}
