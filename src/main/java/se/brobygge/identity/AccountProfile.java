package se.brobygge.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The base profile every user has. The e-mail address is never shown publicly; the display name is.
 */
public record AccountProfile(
        AccountId id,
        String email,
        String displayName,
        String preferredLanguage,
        Set<String> languagesSpoken,
        @Nullable String area,
        Set<String> roles,
        boolean emailVerified,
        boolean localPassword) {}
