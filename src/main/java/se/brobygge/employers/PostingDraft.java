package se.brobygge.employers;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/** What an employer fills in for an internship or a job. {@code occupation} is an occupation code. */
public record PostingDraft(
        EmployerId employerId,
        @Nullable PostingKind kind,
        String title,
        @Nullable String occupation,
        String description,
        @Nullable String area,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String hours,
        @Nullable LanguageLevel swedishLevel,
        String support,
        String accessibility,
        String contact,
        Map<Language, String> titleTranslations,
        Map<Language, String> descriptionTranslations,
        Map<Language, String> hoursTranslations,
        Map<Language, String> supportTranslations,
        Map<Language, String> accessibilityTranslations) {

    public PostingDraft {
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

    /** Builds a draft, each field by name; blank texts unless set. */
    public static final class Builder {
        private @Nullable EmployerId employerId;
        private @Nullable PostingKind kind;
        private String title = "";
        private @Nullable String occupation;
        private String description = "";
        private @Nullable String area;
        private @Nullable LocalDate periodFrom;
        private @Nullable LocalDate periodTo;
        private String hours = "";
        private @Nullable LanguageLevel swedishLevel;
        private String support = "";
        private String accessibility = "";
        private String contact = "";
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

        public Builder employerId(@Nullable EmployerId employerId) {
            this.employerId = employerId;
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

        public Builder occupation(@Nullable String occupation) {
            this.occupation = occupation;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder area(@Nullable String area) {
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

        public PostingDraft build() {
            return new PostingDraft(
                    Objects.requireNonNull(employerId, "a draft is for an employer"),
                    kind,
                    title,
                    occupation,
                    description,
                    area,
                    periodFrom,
                    periodTo,
                    hours,
                    swedishLevel,
                    support,
                    accessibility,
                    contact,
                    titleTranslations,
                    descriptionTranslations,
                    hoursTranslations,
                    supportTranslations,
                    accessibilityTranslations);
        }
    }
}
