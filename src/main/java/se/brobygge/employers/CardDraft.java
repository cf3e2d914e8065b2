package se.brobygge.employers;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A presentation card: who I am, what I seek, what I can offer, languages, an occupation or
 * industry of interest, and for newcomers skills and experience. The flags are the person's own
 * choices: show the card to the other participants of my sessions; let employers of my sessions
 * find me as a suggestion; and which parts employers may see.
 */
public record CardDraft(
        String presentation,
        String seeks,
        String offers,
        Set<String> languages,
        LanguageLevel swedishLevel,
        @Nullable String occupation,
        @Nullable String area,
        String skills,
        boolean visibleToParticipants,
        boolean suggestible,
        boolean employersSeeSkills,
        boolean employersSeeLanguages,
        boolean employersSeeArea,
        boolean employersSeeOccupation) {

    public CardDraft {
        languages = Set.copyOf(languages);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a draft, each field by name; blank texts, no languages and no choices unless set. */
    public static final class Builder {
        private String presentation = "";
        private String seeks = "";
        private String offers = "";
        private Set<String> languages = Set.of();
        private LanguageLevel swedishLevel = LanguageLevel.NONE;
        private @Nullable String occupation;
        private @Nullable String area;
        private String skills = "";
        private boolean visibleToParticipants;
        private boolean suggestible;
        private boolean employersSeeSkills;
        private boolean employersSeeLanguages;
        private boolean employersSeeArea;
        private boolean employersSeeOccupation;

        private Builder() {}

        public Builder presentation(String presentation) {
            this.presentation = presentation;
            return this;
        }

        public Builder seeks(String seeks) {
            this.seeks = seeks;
            return this;
        }

        public Builder offers(String offers) {
            this.offers = offers;
            return this;
        }

        public Builder languages(Set<String> languages) {
            this.languages = languages;
            return this;
        }

        public Builder swedishLevel(LanguageLevel swedishLevel) {
            this.swedishLevel = swedishLevel;
            return this;
        }

        public Builder occupation(@Nullable String occupation) {
            this.occupation = occupation;
            return this;
        }

        public Builder area(@Nullable String area) {
            this.area = area;
            return this;
        }

        public Builder skills(String skills) {
            this.skills = skills;
            return this;
        }

        public Builder visibleToParticipants(boolean visibleToParticipants) {
            this.visibleToParticipants = visibleToParticipants;
            return this;
        }

        public Builder suggestible(boolean suggestible) {
            this.suggestible = suggestible;
            return this;
        }

        public Builder employersSeeSkills(boolean employersSeeSkills) {
            this.employersSeeSkills = employersSeeSkills;
            return this;
        }

        public Builder employersSeeLanguages(boolean employersSeeLanguages) {
            this.employersSeeLanguages = employersSeeLanguages;
            return this;
        }

        public Builder employersSeeArea(boolean employersSeeArea) {
            this.employersSeeArea = employersSeeArea;
            return this;
        }

        public Builder employersSeeOccupation(boolean employersSeeOccupation) {
            this.employersSeeOccupation = employersSeeOccupation;
            return this;
        }

        public CardDraft build() {
            return new CardDraft(
                    presentation,
                    seeks,
                    offers,
                    languages,
                    swedishLevel,
                    occupation,
                    area,
                    skills,
                    visibleToParticipants,
                    suggestible,
                    employersSeeSkills,
                    employersSeeLanguages,
                    employersSeeArea,
                    employersSeeOccupation);
        }
    }
}
