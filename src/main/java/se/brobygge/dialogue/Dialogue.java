package se.brobygge.dialogue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A dialogue as pages show it. {@code title} and {@code background} are the Swedish originals; a
 * reader's language is in {@link #titles()} and {@link #backgrounds()} (decision 0050).
 *
 * @param titleTranslations      the question in other languages staff gave
 * @param backgroundTranslations the background in other languages staff gave
 */
public record Dialogue(
        DialogueId id,
        String title,
        String background,
        String department,
        @Nullable String area,
        Instant opensAt,
        Instant closesAt,
        Set<String> languages,
        boolean premoderated,
        DialogueStatus status,
        @Nullable Summary summary,
        long version,
        Map<Language, String> titleTranslations,
        Map<Language, String> backgroundTranslations) {

    public Dialogue {
        titleTranslations = Map.copyOf(titleTranslations);
        backgroundTranslations = Map.copyOf(backgroundTranslations);
    }

    /** The question in every language given, Swedish the original. */
    public MultilingualText titles() {
        return MultilingualText.swedish(title, titleTranslations);
    }

    /** The background in every language given, Swedish the original. */
    public MultilingualText backgrounds() {
        return MultilingualText.swedish(background, backgroundTranslations);
    }
}
