package se.brobygge.identity;

/** Kinds of organisation an account can represent; each gives its own role. */
public enum OrganisationKind {
    ASSOCIATION(Roles.ASSOCIATION_REP),
    EMPLOYER(Roles.EMPLOYER);

    private final String role;

    OrganisationKind(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }
}
