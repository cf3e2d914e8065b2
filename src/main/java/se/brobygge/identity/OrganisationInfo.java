package se.brobygge.identity;

/** What other modules may know about an association or employer: its name and standing. */
public record OrganisationInfo(OrganisationKind kind, long id, String name, boolean verified, boolean suspended) {

    /** Verified and not suspended: may publish without staff approval. */
    public boolean trusted() {
        return verified && !suspended;
    }
}
