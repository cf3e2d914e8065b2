package se.brobygge.associations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a representative fills in about the association.
 *
 * @param descriptions the description per language code (at least one)
 * @param feeSek       the yearly membership fee in kronor; null or zero when free
 */
public record AssociationDraft(
        String name,
        String organisationNumber,
        @Nullable AssociationType type,
        Map<String, String> descriptions,
        Set<String> languages,
        Set<String> areas,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable BigDecimal feeSek,
        @Nullable String meetingTimes,
        boolean newcomerHelp) {

    public AssociationDraft {
        descriptions = Map.copyOf(descriptions);
        languages = Set.copyOf(languages);
        areas = Set.copyOf(areas);
    }
}
