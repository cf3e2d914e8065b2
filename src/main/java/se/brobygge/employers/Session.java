package se.brobygge.employers;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A näringslivsupprop. {@code taken} counts confirmed seats per role; {@code eventId} is the
 * events-module event that holds the seats and waitlists. A cancelled session keeps showing, with
 * {@code cancelReason}. {@code theme} and {@code description} are the Swedish originals; a reader's
 * language is in {@link #themes()} and {@link #descriptions()} (decision 0050).
 */
public record Session(
        SessionId id,
        String theme,
        String description,
        @Nullable Long placeId,
        @Nullable String area,
        Instant startsAt,
        Instant endsAt,
        @Nullable Instant signupDeadline,
        @Nullable String seriesKey,
        @Nullable Long eventId,
        int seats,
        Map<ParticipantRole, Integer> quotas,
        Map<ParticipantRole, Integer> taken,
        int tableSize,
        @Nullable Instant cancelledAt,
        @Nullable String cancelReason,
        long version,
        Map<Language, String> themeTranslations,
        Map<Language, String> descriptionTranslations) {

    public Session {
        themeTranslations = Map.copyOf(themeTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
    }

    /** The theme in every language given, Swedish the original. */
    public MultilingualText themes() {
        return MultilingualText.swedish(theme, themeTranslations);
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public int seatsLeft(ParticipantRole role) {
        return Math.max(0, quotas.getOrDefault(role, 0) - taken.getOrDefault(role, 0));
    }

    public boolean past(Instant now) {
        return !now.isBefore(startsAt);
    }
}
