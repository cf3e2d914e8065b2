package se.brobygge.associations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * What a representative fills in about the association. Description and meeting times are written
 * in Swedish (the description is required) and, optionally, in other languages (decision 0050).
 *
 * @param description              the description in Swedish
 * @param descriptionTranslations  the description in other languages
 * @param meetingTimesTranslations when they meet, in other languages
 * @param feeSek                   the yearly membership fee in kronor; null or zero when free
 */
public record AssociationDraft(
        String name,
        String organisationNumber,
        @Nullable AssociationType type,
        String description,
        Map<Language, String> descriptionTranslations,
        Set<String> languages,
        Set<String> areas,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable BigDecimal feeSek,
        @Nullable String meetingTimes,
        Map<Language, String> meetingTimesTranslations,
        boolean newcomerHelp) {

    public AssociationDraft {
        descriptionTranslations = Map.copyOf(descriptionTranslations);
        meetingTimesTranslations = Map.copyOf(meetingTimesTranslations);
        languages = Set.copyOf(languages);
        areas = Set.copyOf(areas);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a draft, each field by name; blank texts and no languages or areas unless set. */
    public static final class Builder {
        private String name = "";
        private String organisationNumber = "";
        private @Nullable AssociationType type;
        private String description = "";
        private Map<Language, String> descriptionTranslations = Map.of();
        private Map<Language, String> meetingTimesTranslations = Map.of();
        private Set<String> languages = Set.of();
        private Set<String> areas = Set.of();
        private @Nullable String contactEmail;
        private @Nullable String contactPhone;
        private @Nullable String website;
        private @Nullable BigDecimal feeSek;
        private @Nullable String meetingTimes;
        private boolean newcomerHelp;

        private Builder() {}

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder organisationNumber(String organisationNumber) {
            this.organisationNumber = organisationNumber;
            return this;
        }

        public Builder type(@Nullable AssociationType type) {
            this.type = type;
            return this;
        }

        /** The description in Swedish. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The description in other languages than Swedish. */
        public Builder descriptionTranslations(Map<Language, String> descriptionTranslations) {
            this.descriptionTranslations = descriptionTranslations;
            return this;
        }

        /** The Swedish description and its translations. */
        public Builder descriptions(MultilingualText descriptions) {
            return description(descriptions.texts().getOrDefault(Language.SWEDISH, ""))
                    .descriptionTranslations(descriptions.translations());
        }

        /** When they meet, in other languages than Swedish. */
        public Builder meetingTimesTranslations(Map<Language, String> meetingTimesTranslations) {
            this.meetingTimesTranslations = meetingTimesTranslations;
            return this;
        }

        /** When they meet in Swedish, and in the other languages given. */
        public Builder meetingTimesTexts(MultilingualText meetingTimes) {
            return meetingTimes(meetingTimes.texts().getOrDefault(Language.SWEDISH, ""))
                    .meetingTimesTranslations(meetingTimes.translations());
        }

        public Builder languages(Set<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder areas(Set<String> areas) {
            this.areas = areas;
            return this;
        }

        public Builder contactEmail(@Nullable String contactEmail) {
            this.contactEmail = contactEmail;
            return this;
        }

        public Builder contactPhone(@Nullable String contactPhone) {
            this.contactPhone = contactPhone;
            return this;
        }

        public Builder website(@Nullable String website) {
            this.website = website;
            return this;
        }

        public Builder feeSek(@Nullable BigDecimal feeSek) {
            this.feeSek = feeSek;
            return this;
        }

        public Builder meetingTimes(@Nullable String meetingTimes) {
            this.meetingTimes = meetingTimes;
            return this;
        }

        public Builder newcomerHelp(boolean newcomerHelp) {
            this.newcomerHelp = newcomerHelp;
            return this;
        }

        public AssociationDraft build() {
            return new AssociationDraft(
                    name,
                    organisationNumber,
                    type,
                    description,
                    descriptionTranslations,
                    languages,
                    areas,
                    contactEmail,
                    contactPhone,
                    website,
                    feeSek,
                    meetingTimes,
                    meetingTimesTranslations,
                    newcomerHelp);
        }
    }
}
