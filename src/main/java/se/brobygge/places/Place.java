package se.brobygge.places;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/**
 * A meeting place as readers see it. {@code version} goes back with an edit, so that an edit made
 * on an outdated copy is refused instead of overwriting someone else's.
 */
public record Place(
        PlaceId id,
        long version,
        PlaceStatus status,
        PlaceDetails details,
        List<PlacePhoto> photos,
        @Nullable AccountId proposedBy,
        @Nullable String rejectionReason) {

    public String name() {
        return details.name();
    }

    public boolean hasCoordinates() {
        return details.latitude() != null && details.longitude() != null;
    }
}
