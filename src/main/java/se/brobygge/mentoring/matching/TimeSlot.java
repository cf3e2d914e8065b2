package se.brobygge.mentoring.matching;

/** When someone can meet. */
public enum TimeSlot {
    WEEKDAYS,
    EVENINGS,
    WEEKENDS
}
