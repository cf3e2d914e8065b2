package se.brobygge.mentoring.matching;

/** Gender as the person states it. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER,
    UNSTATED
}
