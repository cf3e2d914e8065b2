package se.brobygge.associations;

/** How often a regular activity meets. */
public enum Recurrence {
    WEEKLY,
    BIWEEKLY,
    MONTHLY
}
