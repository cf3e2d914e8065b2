package se.brobygge.employers;

import java.time.LocalDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A session, or a series of {@code repeat} sessions {@code intervalWeeks} apart, all with the
 * same quotas; the quotas may not hand out more than {@code seats}. Times are local times in the
 * municipality. The theme and description may be given in other languages too (decision 0050).
 */
public record SessionDraft(
        String theme,
        String description,
        @Nullable Long placeId,
        @Nullable String area,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable LocalDateTime signupDeadline,
        @Nullable Integer seats,
        Map<ParticipantRole, Integer> quotas,
        int repeat,
        int intervalWeeks,
        Map<Language, String> themeTranslations,
        Map<Language, String> descriptionTranslations) {

    public SessionDraft {
        quotas = Map.copyOf(quotas);
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

    /** The seats the quotas hand out. */
    public int quotaSum() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a draft, each field by name. */
    public static final class Builder {
        private String theme = "";
        private String description = "";
        private @Nullable Long placeId;
        private @Nullable String area;
        private @Nullable LocalDateTime startsAt;
        private @Nullable LocalDateTime endsAt;
        private @Nullable LocalDateTime signupDeadline;
        private @Nullable Integer seats;
        private Map<ParticipantRole, Integer> quotas = Map.of();
        private int repeat;
        private int intervalWeeks;
        private Map<Language, String> themeTranslations = Map.of();
        private Map<Language, String> descriptionTranslations = Map.of();

        private Builder() {}

        /** The Swedish theme and its translations. */
        public Builder themes(MultilingualText texts) {
            this.theme = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.themeTranslations = texts.translations();
            return this;
        }

        /** The Swedish description and its translations. */
        public Builder descriptions(MultilingualText texts) {
            this.description = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.descriptionTranslations = texts.translations();
            return this;
        }

        public Builder themeTranslations(Map<Language, String> translations) {
            this.themeTranslations = translations;
            return this;
        }

        public Builder descriptionTranslations(Map<Language, String> translations) {
            this.descriptionTranslations = translations;
            return this;
        }

        public Builder theme(String theme) {
            this.theme = theme;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder placeId(@Nullable Long placeId) {
            this.placeId = placeId;
            return this;
        }

        public Builder area(@Nullable String area) {
            this.area = area;
            return this;
        }

        public Builder startsAt(@Nullable LocalDateTime startsAt) {
            this.startsAt = startsAt;
            return this;
        }

        public Builder endsAt(@Nullable LocalDateTime endsAt) {
            this.endsAt = endsAt;
            return this;
        }

        public Builder signupDeadline(@Nullable LocalDateTime signupDeadline) {
            this.signupDeadline = signupDeadline;
            return this;
        }

        public Builder seats(@Nullable Integer seats) {
            this.seats = seats;
            return this;
        }

        public Builder quotas(Map<ParticipantRole, Integer> quotas) {
            this.quotas = quotas;
            return this;
        }

        public Builder repeat(int repeat) {
            this.repeat = repeat;
            return this;
        }

        public Builder intervalWeeks(int intervalWeeks) {
            this.intervalWeeks = intervalWeeks;
            return this;
        }

        public SessionDraft build() {
            return new SessionDraft(
                    theme,
                    description,
                    placeId,
                    area,
                    startsAt,
                    endsAt,
                    signupDeadline,
                    seats,
                    quotas,
                    repeat,
                    intervalWeeks,
                    themeTranslations,
                    descriptionTranslations);
        }
    }
}
