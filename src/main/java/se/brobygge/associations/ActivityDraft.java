package se.brobygge.associations;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A regular activity, e.g. football for girls on Tuesdays 18-19 at a sports hall. Title and
 * description are Swedish; the same in other languages are optional (decision 0050).
 */
public record ActivityDraft(
        String title,
        String description,
        @Nullable DayOfWeek weekday,
        @Nullable LocalTime startsAt,
        @Nullable LocalTime endsAt,
        @Nullable Recurrence recurrence,
        @Nullable Long placeId,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations) {

    public ActivityDraft {
        titleTranslations = Map.copyOf(titleTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
    }

    /** An activity written in Swedish only. */
    public ActivityDraft(
            String title,
            String description,
            @Nullable DayOfWeek weekday,
            @Nullable LocalTime startsAt,
            @Nullable LocalTime endsAt,
            @Nullable Recurrence recurrence,
            @Nullable Long placeId) {
        this(title, description, weekday, startsAt, endsAt, recurrence, placeId, Map.of(), Map.of());
    }

    /** An activity with its title and description in every language given (Swedish the original). */
    public ActivityDraft(
            MultilingualText titles,
            MultilingualText descriptions,
            @Nullable DayOfWeek weekday,
            @Nullable LocalTime startsAt,
            @Nullable LocalTime endsAt,
            @Nullable Recurrence recurrence,
            @Nullable Long placeId) {
        this(
                titles.texts().getOrDefault(Language.SWEDISH, ""),
                descriptions.texts().getOrDefault(Language.SWEDISH, ""),
                weekday,
                startsAt,
                endsAt,
                recurrence,
                placeId,
                titles.translations(),
                descriptions.translations());
    }
}
