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
    MODERATION_DECISION,
    MESSAGE,
    /** For organisers: a sign-up to their event waits for approval. */
    SIGN_UP_APPROVAL,
    /** Always mailed at once: account security (verification, password reset, ...). */
    ACCOUNT_SECURITY,
    /** Always mailed at once: a sign-up confirmation with its registration code. */
    SIGN_UP_CONFIRMATION;

    /** Whether the user's preferences are ignored and the mail goes out at once. */
    public boolean alwaysMailed() {
        return this == ACCOUNT_SECURITY || this == SIGN_UP_CONFIRMATION;
    }
}
