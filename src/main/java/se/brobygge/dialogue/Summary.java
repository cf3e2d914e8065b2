package se.brobygge.dialogue;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * Staff's closing summary: what was heard, what the municipality will do, when it reports back.
 * {@code heard} and {@code actions} are the Swedish originals; a reader's language is in
 * {@link #heardTexts()} and {@link #actionTexts()} (decision 0050).
 *
 * @param heardTranslations   what was heard, in other languages staff gave
 * @param actionsTranslations what the municipality will do, in other languages staff gave
 */
public record Summary(
        String heard,
        String actions,
        @Nullable LocalDate reportBack,
        Map<Language, String> heardTranslations,
        Map<Language, String> actionsTranslations) {

    public Summary {
        heardTranslations = Map.copyOf(heardTranslations);
        actionsTranslations = Map.copyOf(actionsTranslations);
    }

    /** A summary written in Swedish only. */
    public Summary(String heard, String actions, @Nullable LocalDate reportBack) {
        this(heard, actions, reportBack, Map.of(), Map.of());
    }

    /** A summary with its texts in every language given (Swedish the original). */
    public static Summary of(MultilingualText heard, MultilingualText actions, @Nullable LocalDate reportBack) {
        return new Summary(
                heard.texts().getOrDefault(Language.SWEDISH, ""),
                actions.texts().getOrDefault(Language.SWEDISH, ""),
                reportBack,
                heard.translations(),
                actions.translations());
    }

    /** What was heard, in every language given. */
    public MultilingualText heardTexts() {
        return MultilingualText.swedish(heard, heardTranslations);
    }

    /** What the municipality will do, in every language given. */
    public MultilingualText actionTexts() {
        return MultilingualText.swedish(actions, actionsTranslations);
    }
}
