package se.brobygge.identity;

import org.jspecify.annotations.Nullable;

/** A resident's request to create a local account. */
public record Registration(
        String email,
        String password,
        String displayName,
        String preferredLanguage,
        @Nullable String returnPath) {

    /** A registration that comes back to the start page. */
    public Registration(String email, String password, String displayName, String preferredLanguage) {
        this(email, password, displayName, preferredLanguage, null);
    }

    @Override
    public String toString() {
        return "Registration[" + email + "]";
    }
}
