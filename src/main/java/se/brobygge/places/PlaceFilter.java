package se.brobygge.places;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which published places a visitor wants: in an area (or all), having every listed fact. */
public record PlaceFilter(@Nullable String area, Set<AccessibilityFact> facts) {

    public static final PlaceFilter ALL = new PlaceFilter(null, Set.of());

    public PlaceFilter {
        facts = Set.copyOf(facts);
    }
}
