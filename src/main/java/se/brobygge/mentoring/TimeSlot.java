package se.brobygge.mentoring;

/** When someone can meet. */
public enum TimeSlot {
    WEEKDAYS,
    EVENINGS,
    WEEKENDS
}
