package se.brobygge.associations;

/** Where a join or contact request stands. */
public enum RequestStatus {
    NEW,
    ANSWERED,
    JOINED,
    DECLINED
}
