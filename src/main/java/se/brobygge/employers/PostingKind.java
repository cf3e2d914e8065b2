package se.brobygge.employers;

/** An internship (praktik) or a job. */
public enum PostingKind {
    INTERNSHIP,
    JOB
}
