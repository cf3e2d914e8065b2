package se.brobygge.employers;

/** What came of a session for someone, recorded afterwards. */
public enum OutcomeKind {
    INTERNSHIP_OFFERED,
    JOB_OFFERED,
    HIRED,
    TRAINING_STARTED
}
