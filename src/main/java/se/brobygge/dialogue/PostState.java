package se.brobygge.dialogue;

public enum PostState {
    VISIBLE,
    /** Waiting for a moderator before anyone but the writer sees it. */
    PENDING,
    /** Hidden by a moderator (or by reports, pending review). */
    HIDDEN,
    /** Deleted by the writer. */
    DELETED
}
