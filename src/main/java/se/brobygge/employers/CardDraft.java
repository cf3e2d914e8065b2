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
}
