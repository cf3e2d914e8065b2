package se.brobygge.associations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * An association as its page and the directory show it. {@code description} and
 * {@code meetingTimes} are the Swedish originals, {@link #descriptions()} and
 * {@link #meetingTimesTexts()} every language its representatives gave (decision 0050). The
 * description is empty in every language while a moderator has hidden it
 * ({@code descriptionHidden} holds the reason, for representatives).
 *
 * @param descriptionTranslations  the description in other languages than Swedish
 * @param meetingTimesTranslations when they meet, in other languages than Swedish
 */
public record Association(
        AssociationId id,
        String name,
        String organisationNumber,
        AssociationType type,
        String description,
        Map<Language, String> descriptionTranslations,
        @Nullable String descriptionHidden,
        Set<String> languages,
        Set<String> areas,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable BigDecimal feeSek,
        @Nullable String meetingTimes,
        boolean newcomerHelp,
        boolean verified,
        @Nullable String suspendedReason,
        boolean logoShown,
        long version,
        Map<Language, String> meetingTimesTranslations) {

    public Association {
        descriptionTranslations = Map.copyOf(descriptionTranslations);
        meetingTimesTranslations = Map.copyOf(meetingTimesTranslations);
        languages = Set.copyOf(languages);
        areas = Set.copyOf(areas);
    }

    public boolean free() {
        return feeSek == null || feeSek.signum() == 0;
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    /** The description in every language given, Swedish the original (empty while hidden). */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    /** When they meet, in every language given, Swedish the original (empty when not given). */
    public MultilingualText meetingTimesTexts() {
        return MultilingualText.swedish(meetingTimes == null ? "" : meetingTimes, meetingTimesTranslations);
    }

    /** Whether there is a description to show: in Swedish, or (written before Swedish was required) in another language. */
    public boolean described() {
        return !description.isBlank()
                || descriptionTranslations.values().stream().anyMatch(t -> !t.isBlank());
    }
}
