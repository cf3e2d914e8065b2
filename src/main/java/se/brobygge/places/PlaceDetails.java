package se.brobygge.places;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * What staff or a proposer write about a place. Optional texts may be blank. {@code description}
 * and {@code openingHours} are the Swedish originals; the same texts in other languages are in
 * {@link #descriptions()} and {@link #openingHoursTexts()} (decision 0050).
 *
 * @param descriptionTranslations  the description in other languages than Swedish (optional)
 * @param openingHoursTranslations the opening hours in other languages than Swedish (optional)
 */
public record PlaceDetails(
        String name,
        String description,
        String streetAddress,
        String area,
        @Nullable Double latitude,
        @Nullable Double longitude,
        String openingHours,
        Set<AccessibilityFact> facts,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        Map<Language, String> descriptionTranslations,
        Map<Language, String> openingHoursTranslations) {

    public PlaceDetails {
        facts = Set.copyOf(facts);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
        openingHoursTranslations = Map.copyOf(openingHoursTranslations);
    }

    /** A place described in Swedish only. */
    public PlaceDetails(
            String name,
            String description,
            String streetAddress,
            String area,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String openingHours,
            Set<AccessibilityFact> facts,
            @Nullable String contactEmail,
            @Nullable String contactPhone) {
        this(
                name,
                description,
                streetAddress,
                area,
                latitude,
                longitude,
                openingHours,
                facts,
                contactEmail,
                contactPhone,
                Map.of(),
                Map.of());
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    /** The opening hours in every language given, Swedish the original. */
    public MultilingualText openingHoursTexts() {
        return MultilingualText.swedish(openingHours, openingHoursTranslations);
    }

    /** These details with the description and opening hours in every language given. */
    public PlaceDetails withTexts(MultilingualText descriptions, MultilingualText openingHours) {
        return new PlaceDetails(
                name,
                descriptions.originalText(),
                streetAddress,
                area,
                latitude,
                longitude,
                openingHours.originalText(),
                facts,
                contactEmail,
                contactPhone,
                descriptions.translations(),
                openingHours.translations());
    }
}
