package se.brobygge.identity.internal;

import java.time.Duration;

public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(1)),
    /** Confirms a new e-mail address, which the token carries until it is used. */
    CHANGE_EMAIL(Duration.ofHours(48));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }
}
