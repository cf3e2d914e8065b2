package se.brobygge.places;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What staff or a proposer write about a place. Optional texts may be blank. */
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
        @Nullable String contactPhone) {

    public PlaceDetails {
        facts = Set.copyOf(facts);
    }
}
