package se.brobygge.mentoring;

/** What a mentee seeks and a mentor offers. */
public enum MentoringKind {
    LANGUAGE,
    SOCIAL,
    PROFESSION,
    STUDIES,
    BUSINESS
}
