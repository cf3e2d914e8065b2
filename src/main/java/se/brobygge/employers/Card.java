package se.brobygge.employers;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * A card as someone may see it. Parts the reader may not see are null or empty: an employer sees
 * only what the newcomer chose; a hidden card shows nothing but the name.
 */
public record Card(
        AccountId accountId,
        String displayName,
        @Nullable ParticipantRole role,
        @Nullable String organisationName,
        String presentation,
        String seeks,
        String offers,
        Set<String> languages,
        @Nullable LanguageLevel swedishLevel,
        @Nullable String occupation,
        @Nullable String area,
        @Nullable String skills,
        boolean hidden) {}
