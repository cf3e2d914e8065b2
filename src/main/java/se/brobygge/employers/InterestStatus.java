package se.brobygge.employers;

/** Where an expression of interest stands; the employer moves it on. */
public enum InterestStatus {
    SENT,
    INTERVIEW,
    OFFERED,
    STARTED,
    DECLINED
}
