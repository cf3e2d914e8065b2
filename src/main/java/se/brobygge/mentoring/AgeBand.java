package se.brobygge.mentoring;

/** Age in bands; exact ages are not needed for matching. */
public enum AgeBand {
    AGE_18_25,
    AGE_26_35,
    AGE_36_50,
    AGE_51_65,
    AGE_66_PLUS
}
