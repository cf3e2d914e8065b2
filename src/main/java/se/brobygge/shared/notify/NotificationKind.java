package se.brobygge.shared.notify;

/**
 * What a notification is about. Users choose per kind how they hear about it (mail now, daily or
 * weekly digest, in-app only), except for the kinds that are always mailed.
 */
public enum NotificationKind {
    EVENT_REMINDER,
    WAITLIST_PROMOTION,
    ASSOCIATION_ANSWER,
    MENTORING,
    EMPLOYER_SESSION,
    DIALOGUE_ANSWER,
    /** Someone replied to a post of mine in a dialogue (never my own replies). */
    DIALOGUE_REPLY,
    MODERATION_DECISION,
    MESSAGE,
    /** For organisers: a sign-up to their event waits for approval. */
    SIGN_UP_APPROVAL,
    /** Always mailed at once: account security (verification, password reset, ...). */
    ACCOUNT_SECURITY,
    /** Always mailed at once: a sign-up confirmation with its registration code. */
    SIGN_UP_CONFIRMATION,
    /** Staff only, and off until chosen: a morning note when something waits in the staff inbox. */
    STAFF_INBOX;

    /** Whether the user's preferences are ignored and the mail goes out at once. */
    public boolean alwaysMailed() {
        return this == ACCOUNT_SECURITY || this == SIGN_UP_CONFIRMATION;
    }

    /** Whether only staff may choose it; nobody gets it by mail before choosing so. */
    public boolean staffOnly() {
        return this == STAFF_INBOX;
    }
}
