package se.brobygge.associations;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a representative fills in about the association.
 *
 * @param descriptions the description per language code (at least one)
 * @param feeSek       the yearly membership fee in kronor; null or zero when free
 */
public record AssociationDraft(
        String name,
        String organisationNumber,
        @Nullable AssociationType type,
        Map<String, String> descriptions,
        Set<String> languages,
        Set<String> areas,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String website,
        @Nullable BigDecimal feeSek,
        @Nullable String meetingTimes,
        boolean newcomerHelp) {

    public AssociationDraft {
        descriptions = Map.copyOf(descriptions);
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
        private Map<String, String> descriptions = Map.of();
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

        public Builder descriptions(Map<String, String> descriptions) {
            this.descriptions = descriptions;
            return this;
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
                    descriptions,
                    languages,
                    areas,
                    contactEmail,
                    contactPhone,
                    website,
                    feeSek,
                    meetingTimes,
                    newcomerHelp);
        }
    }
}
