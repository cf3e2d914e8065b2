package se.brobygge.employers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/** An internship or job as shown; {@code employerVerified} gives the badge. */
public record Posting(
        PostingId id,
        EmployerId employerId,
        String employerName,
        boolean employerVerified,
        PostingKind kind,
        String title,
        String occupation,
        String description,
        String area,
        LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String hours,
        LanguageLevel swedishLevel,
        String support,
        String accessibility,
        String contact,
        PostingStatus status,
        boolean hidden,
        Instant createdAt,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations,
        Map<Language, String> hoursTranslations,
        Map<Language, String> supportTranslations,
        Map<Language, String> accessibilityTranslations) {

    public Posting {
        titleTranslations = Map.copyOf(titleTranslations);
        descriptionTranslations = Map.copyOf(descriptionTranslations);
        hoursTranslations = Map.copyOf(hoursTranslations);
        supportTranslations = Map.copyOf(supportTranslations);
        accessibilityTranslations = Map.copyOf(accessibilityTranslations);
    }

    /** The title in every language given, Swedish the original. */
    public MultilingualText titles() {
        return MultilingualText.swedish(title, titleTranslations);
    }

    /** The description in every language given, Swedish the original. */
    public MultilingualText descriptions() {
        return MultilingualText.swedish(description, descriptionTranslations);
    }

    /** The working hours in every language given, Swedish the original. */
    public MultilingualText hoursTexts() {
        return MultilingualText.swedish(hours, hoursTranslations);
    }

    /** The support offered in every language given, Swedish the original. */
    public MultilingualText supportTexts() {
        return MultilingualText.swedish(support, supportTranslations);
    }

    /** The accessibility in every language given, Swedish the original. */
    public MultilingualText accessibilityTexts() {
        return MultilingualText.swedish(accessibility, accessibilityTranslations);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a posting, each part by name. */
    public static final class Builder {
        private @Nullable PostingId id;
        private @Nullable EmployerId employerId;
        private String employerName = "";
        private boolean employerVerified;
        private @Nullable PostingKind kind;
        private String title = "";
        private String occupation = "";
        private String description = "";
        private String area = "";
        private @Nullable LocalDate periodFrom;
        private @Nullable LocalDate periodTo;
        private String hours = "";
        private @Nullable LanguageLevel swedishLevel;
        private String support = "";
        private String accessibility = "";
        private String contact = "";
        private @Nullable PostingStatus status;
        private boolean hidden;
        private @Nullable Instant createdAt;
        private Map<Language, String> titleTranslations = Map.of();
        private Map<Language, String> descriptionTranslations = Map.of();
        private Map<Language, String> hoursTranslations = Map.of();
        private Map<Language, String> supportTranslations = Map.of();
        private Map<Language, String> accessibilityTranslations = Map.of();

        private Builder() {}

        /** The Swedish title and its translations. */
        public Builder titles(MultilingualText texts) {
            this.title = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.titleTranslations = texts.translations();
            return this;
        }

        /** The Swedish description and its translations. */
        public Builder descriptions(MultilingualText texts) {
            this.description = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.descriptionTranslations = texts.translations();
            return this;
        }

        /** The Swedish hours and its translations. */
        public Builder hoursTexts(MultilingualText texts) {
            this.hours = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.hoursTranslations = texts.translations();
            return this;
        }

        /** The Swedish support and its translations. */
        public Builder supportTexts(MultilingualText texts) {
            this.support = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.supportTranslations = texts.translations();
            return this;
        }

        /** The Swedish accessibility and its translations. */
        public Builder accessibilityTexts(MultilingualText texts) {
            this.accessibility = texts.texts().getOrDefault(Language.SWEDISH, "");
            this.accessibilityTranslations = texts.translations();
            return this;
        }

        public Builder titleTranslations(Map<Language, String> translations) {
            this.titleTranslations = translations;
            return this;
        }

        public Builder descriptionTranslations(Map<Language, String> translations) {
            this.descriptionTranslations = translations;
            return this;
        }

        public Builder hoursTranslations(Map<Language, String> translations) {
            this.hoursTranslations = translations;
            return this;
        }

        public Builder supportTranslations(Map<Language, String> translations) {
            this.supportTranslations = translations;
            return this;
        }

        public Builder accessibilityTranslations(Map<Language, String> translations) {
            this.accessibilityTranslations = translations;
            return this;
        }

        public Builder id(@Nullable PostingId id) {
            this.id = id;
            return this;
        }

        public Builder employerId(@Nullable EmployerId employerId) {
            this.employerId = employerId;
            return this;
        }

        public Builder employerName(String employerName) {
            this.employerName = employerName;
            return this;
        }

        public Builder employerVerified(boolean employerVerified) {
            this.employerVerified = employerVerified;
            return this;
        }

        public Builder kind(@Nullable PostingKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder occupation(String occupation) {
            this.occupation = occupation;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder area(String area) {
            this.area = area;
            return this;
        }

        public Builder periodFrom(@Nullable LocalDate periodFrom) {
            this.periodFrom = periodFrom;
            return this;
        }

        public Builder periodTo(@Nullable LocalDate periodTo) {
            this.periodTo = periodTo;
            return this;
        }

        public Builder hours(String hours) {
            this.hours = hours;
            return this;
        }

        public Builder swedishLevel(@Nullable LanguageLevel swedishLevel) {
            this.swedishLevel = swedishLevel;
            return this;
        }

        public Builder support(String support) {
            this.support = support;
            return this;
        }

        public Builder accessibility(String accessibility) {
            this.accessibility = accessibility;
            return this;
        }

        public Builder contact(String contact) {
            this.contact = contact;
            return this;
        }

        public Builder status(@Nullable PostingStatus status) {
            this.status = status;
            return this;
        }

        public Builder hidden(boolean hidden) {
            this.hidden = hidden;
            return this;
        }

        public Builder createdAt(@Nullable Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Posting build() {
            return new Posting(
                    Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(employerId, "employerId"),
                    employerName,
                    employerVerified,
                    Objects.requireNonNull(kind, "kind"),
                    title,
                    occupation,
                    description,
                    area,
                    Objects.requireNonNull(periodFrom, "periodFrom"),
                    periodTo,
                    hours,
                    Objects.requireNonNull(swedishLevel, "swedishLevel"),
                    support,
                    accessibility,
                    contact,
                    Objects.requireNonNull(status, "status"),
                    hidden,
                    Objects.requireNonNull(createdAt, "createdAt"),
                    titleTranslations,
                    descriptionTranslations,
                    hoursTranslations,
                    supportTranslations,
                    accessibilityTranslations);
        }
    }
}
