package se.brobygge.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a user may change in their own base profile. */
public record ProfileUpdate(
        String displayName,
        String preferredLanguage,
        Set<String> languagesSpoken,
        @Nullable String area) {}
