package se.brobygge.employers;

/** Who someone is at a session; each role has its own seat quota. */
public enum ParticipantRole {
    NEWCOMER,
    COMPANY,
    ASSOCIATION,
    POLITICIAN,
    AUTHORITY;

    /** Roles that come on behalf of an employer organisation. */
    public boolean representsEmployer() {
        return this == COMPANY || this == AUTHORITY;
    }
}
