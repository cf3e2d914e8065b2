package se.brobygge.mentoring;

/** INVITED until both accept (ACTIVE) or one declines or the invitation expires. */
public enum MentorshipStatus {
    INVITED,
    ACTIVE,
    PAUSED,
    ENDED_EARLY,
    CLOSED,
    DECLINED,
    EXPIRED;

    /** Still taking up the mentee and a place of the mentor's. */
    public boolean open() {
        return this == INVITED || this == ACTIVE || this == PAUSED;
    }
}
