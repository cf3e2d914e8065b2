package se.brobygge.identity;

/** A resident's request to create a local account. */
public record Registration(String email, String password, String displayName, String preferredLanguage) {

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}
