package se.brobygge.moderation;

/** What a moderator decides about an item in the queue. */
public enum Decision {
    /** Leave it (or, when it was held or hidden, show it). */
    KEEP,
    /** Hide it; a reason is required and told to the author. */
    HIDE,
    /** Hide it because it holds personal data; moderation's snapshot is replaced by the redacted text. */
    EDIT_OUT,
    /** Leave it in the queue for another moderator. */
    ESCALATE
}
