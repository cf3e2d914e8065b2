package se.brobygge.insights.foryou;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the person told Brobygge, gathered from the modules' own profiles and the answers here. */
record Signals(
        Set<String> languages,
        boolean toldLanguages,
        @Nullable String area,
        Set<String> occupations,
        Set<Goal> goals,
        Set<Topic> topics,
        Set<Availability> availability,
        boolean mentee,
        boolean mentor) {

    /** Nothing told: the language the pages are shown in alone is not enough to suggest anything. */
    boolean isEmpty() {
        return !toldLanguages
                && area == null
                && occupations.isEmpty()
                && goals.isEmpty()
                && topics.isEmpty()
                && availability.isEmpty();
    }
}
