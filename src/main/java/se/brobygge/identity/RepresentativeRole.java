package se.brobygge.identity;

/** What a representative does for the organisation. Every representative may act for it. */
public enum RepresentativeRole {
    CHAIR,
    CONTACT_PERSON,
    EDITOR
}
