package se.brobygge.dialogue;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * What staff fill in to open a dialogue. Times are local to the municipality.
 *
 * @param background Markdown, rendered sanitised
 * @param languages  codes of the languages welcome (empty: any)
 * @param titleTranslations      the question in other languages than Swedish (optional)
 * @param backgroundTranslations the background in other languages than Swedish (optional)
 */
public record DialogueDraft(
        String title,
        String background,
        String department,
        @Nullable String area,
        @Nullable LocalDateTime opensAt,
        @Nullable LocalDateTime closesAt,
        Set<String> languages,
        boolean premoderated,
        Map<Language, String> titleTranslations,
        Map<Language, String> backgroundTranslations) {

    public DialogueDraft {
        languages = Set.copyOf(languages);
        titleTranslations = Map.copyOf(titleTranslations);
        backgroundTranslations = Map.copyOf(backgroundTranslations);
    }

    /** A draft written in Swedish only. */
    public DialogueDraft(
            String title,
            String background,
            String department,
            @Nullable String area,
            @Nullable LocalDateTime opensAt,
            @Nullable LocalDateTime closesAt,
            Set<String> languages,
            boolean premoderated) {
        this(title, background, department, area, opensAt, closesAt, languages, premoderated, Map.of(), Map.of());
    }

    /** A draft with the question and background in every language given (Swedish the original). */
    public static DialogueDraft of(
            MultilingualText titles,
            MultilingualText backgrounds,
            String department,
            @Nullable String area,
            @Nullable LocalDateTime opensAt,
            @Nullable LocalDateTime closesAt,
            Set<String> languages,
            boolean premoderated) {
        return new DialogueDraft(
                titles.texts().getOrDefault(Language.SWEDISH, ""),
                backgrounds.texts().getOrDefault(Language.SWEDISH, ""),
                department,
                area,
                opensAt,
                closesAt,
                languages,
                premoderated,
                titles.translations(),
                backgrounds.translations());
    }
}
