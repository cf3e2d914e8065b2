package se.brobygge.dialogue;

import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What staff fill in to open a dialogue. Times are local to the municipality.
 *
 * @param background Markdown, rendered sanitised
 * @param languages  codes of the languages welcome (empty: any)
 */
public record DialogueDraft(
        String title,
        String background,
        String department,
        @Nullable String area,
        @Nullable LocalDateTime opensAt,
        @Nullable LocalDateTime closesAt,
        Set<String> languages,
        boolean premoderated) {

    public DialogueDraft {
        languages = Set.copyOf(languages);
    }
}
