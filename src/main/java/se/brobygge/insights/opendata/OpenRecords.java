package se.brobygge.insights.opendata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The records open data is made of: every field here is published, nothing else is. Adding a field
 * means adding it to the schema ({@code open-data-schema.json}) and to the allow-list of the test.
 */
final class OpenRecords {

    private OpenRecords() {}

    /** One page of a list, with links to the neighbouring pages. */
    record Page<T>(
            int page,
            int size,
            long total,
            int pages,
            @Nullable String next,
            @Nullable String previous,
            String licence,
            List<T> items) {}

    /**
     * A public, upcoming event. The organiser is not named: it may be a private person.
     * {@code title} and {@code description} are the Swedish originals; {@code titles} and
     * {@code descriptions} hold every language the organiser wrote them in, by language code
     * (Swedish included), e.g. {@code {"sv": "Språkcafé", "ar": "مقهى اللغة"}} (decision 0050).
     */
    record Event(
            long id,
            String title,
            String description,
            Map<String, String> titles,
            Map<String, String> descriptions,
            String startsAt,
            String endsAt,
            String category,
            List<String> languages,
            boolean childFriendly,
            boolean free,
            @Nullable BigDecimal costSek,
            @Nullable Integer seatsLeft,
            boolean online,
            @Nullable Long placeId,
            @Nullable String placeName,
            @Nullable String area,
            String url,
            String calendarUrl) {}

    /** A published meeting place, without its contact details (they may be a person's own). */
    record Place(
            long id,
            String name,
            String description,
            String streetAddress,
            String area,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String openingHours,
            List<String> accessibility,
            String url,
            String calendarUrl) {}

    /** A regular activity of an association in the public directory. */
    record Activity(
            long id,
            String title,
            String description,
            String weekday,
            String startsAt,
            String endsAt,
            String recurrence,
            @Nullable Long placeId,
            @Nullable String placeName,
            long associationId,
            String associationName,
            String url) {}
}
