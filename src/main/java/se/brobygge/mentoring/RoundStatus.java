package se.brobygge.mentoring;

/** A round computes in the background (RUNNING), then shows proposals until staff confirm it. */
public enum RoundStatus {
    RUNNING,
    PROPOSED,
    CONFIRMED,
    FAILED
}
