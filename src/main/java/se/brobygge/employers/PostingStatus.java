package se.brobygge.employers;

/** Posts from unverified employers wait for staff approval before they are published. */
public enum PostingStatus {
    PENDING_APPROVAL,
    PUBLISHED,
    CLOSED
}
