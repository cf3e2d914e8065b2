package se.brobygge.employers;

/** Where an expression of interest stands; the employer moves it on, the sender may withdraw it. */
public enum InterestStatus {
    SENT,
    INTERVIEW,
    OFFERED,
    STARTED,
    DECLINED,
    /** The sender took it back; the employer no longer treats it as active. */
    WITHDRAWN;

    /** Whether the sender may still take it back (not once started, declined or withdrawn). */
    public boolean withdrawable() {
        return this == SENT || this == INTERVIEW || this == OFFERED;
    }
}
