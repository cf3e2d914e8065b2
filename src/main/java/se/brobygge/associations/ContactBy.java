package se.brobygge.associations;

/** How the resident wants to be contacted. */
public enum ContactBy {
    PLATFORM,
    EMAIL,
    PHONE
}
