package se.brobygge.mentoring;

/** Gender as the person states it. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER,
    UNSTATED
}
