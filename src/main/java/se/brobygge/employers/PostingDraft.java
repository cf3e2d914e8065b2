package se.brobygge.employers;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
        String contact) {

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

        private Builder() {}

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
                    contact);
        }
    }
}
