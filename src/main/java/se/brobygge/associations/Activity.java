package se.brobygge.associations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A regular activity of an association; {@code eventIds} are the events made from it. {@code title}
 * and {@code description} are the Swedish originals, {@link #titles()} and {@link #descriptions()}
 * every language given (decision 0050); a hidden activity's descriptions are empty.
 */
public record Activity(
        long id,
        AssociationId associationId,
        String associationName,
        String title,
        String description,
        DayOfWeek weekday,
        LocalTime startsAt,
        LocalTime endsAt,
        Recurrence recurrence,
        @Nullable Long placeId,
        boolean hidden,
        List<Long> eventIds,
        long version,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations) {

    public Activity {
        eventIds = List.copyOf(eventIds);
        titleTranslations = Map.copyOf(titleTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
    }

    /** The title in every language given, Swedish the original. */
    public MultilingualText titles() {
        return MultilingualText.swedish(title, titleTranslations);
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }
}
