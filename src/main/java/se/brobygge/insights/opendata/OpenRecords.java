package se.brobygge.insights.opendata;

import java.math.BigDecimal;
import java.util.List;
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
     * {@code title} and {@code description} are the Swedish originals; {@code title_ar},
     * {@code description_ar} and so on hold the organiser's text in that language, or null when
     * they gave none (decision 0050). Flat fields, named by language code, since the items have
     * no nested objects.
     */
    record Event(
            long id,
            String title,
            String description,
            @Nullable String title_en,
            @Nullable String title_ar,
            @Nullable String title_prs,
            @Nullable String title_so,
            @Nullable String title_ti,
            @Nullable String title_uk,
            @Nullable String description_en,
            @Nullable String description_ar,
            @Nullable String description_prs,
            @Nullable String description_so,
            @Nullable String description_ti,
            @Nullable String description_uk,
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

    /**
     * A published meeting place, without its contact details (they may be a person's own).
     * {@code description} and {@code openingHours} are the Swedish originals; {@code description_ar},
     * {@code openingHours_ar} and so on the same in that language, or null when not given.
     */
    record Place(
            long id,
            String name,
            String description,
            @Nullable String description_en,
            @Nullable String description_ar,
            @Nullable String description_prs,
            @Nullable String description_so,
            @Nullable String description_ti,
            @Nullable String description_uk,
            String streetAddress,
            String area,
            @Nullable Double latitude,
            @Nullable Double longitude,
            String openingHours,
            @Nullable String openingHours_en,
            @Nullable String openingHours_ar,
            @Nullable String openingHours_prs,
            @Nullable String openingHours_so,
            @Nullable String openingHours_ti,
            @Nullable String openingHours_uk,
            List<String> accessibility,
            String url,
            String calendarUrl) {}

    /**
     * A regular activity of an association in the public directory. {@code title} and
     * {@code description} are the Swedish originals; {@code title_ar} and so on the association's
     * text in that language, or null when not given.
     */
    record Activity(
            long id,
            String title,
            String description,
            @Nullable String title_en,
            @Nullable String title_ar,
            @Nullable String title_prs,
            @Nullable String title_so,
            @Nullable String title_ti,
            @Nullable String title_uk,
            @Nullable String description_en,
            @Nullable String description_ar,
            @Nullable String description_prs,
            @Nullable String description_so,
            @Nullable String description_ti,
            @Nullable String description_uk,
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
