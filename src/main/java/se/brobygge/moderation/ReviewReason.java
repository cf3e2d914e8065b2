package se.brobygge.moderation;

/** Why an item waits in the review queue. */
public enum ReviewReason {
    /** Reported by users (possibly hidden automatically). */
    REPORTED,
    /** A watched word with the action "flag". */
    FLAGGED,
    /** Held back before anyone sees it: a new account, a watched word, or the owner's own rule. */
    PREMODERATION,
    /** The author appealed a hide; another moderator decides. */
    APPEAL,
    /** A moderator asked a colleague to decide. */
    ESCALATED
}
