package se.brobygge.shared.audit;

/** What kind of access a staff member had to other people's data. */
public enum AccessKind {
    /** Read another person's base or mentoring profile. */
    PROFILE_READ,
    /** Read another person's sensitive details (given with consent). */
    SENSITIVE_READ,
    /** Read mentoring data of several people (rounds, follow-up lists, meeting logs). */
    MENTORING_READ,
    /** Exported a list of people or a person's data (CSV, PDF, ZIP). */
    EXPORT,
    /** Granted or revoked a role or a representation. */
    ROLE_CHANGE,
    /** Opened a reported private message as a moderator. */
    PRIVATE_MESSAGE_READ,
    /** Deleted another person's account on their request. */
    ACCOUNT_DELETION
}
