package se.brobygge.shell;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.i18n.Language;

/**
 * How far a language has come: how many of the texts it has, whether it is offered (only complete
 * languages are), and whether a municipal translator has checked it (by whom and when).
 */
public record LanguageStatus(
        Language language,
        int translated,
        int total,
        boolean offered,
        @Nullable String checkedBy,
        @Nullable LocalDate checkedOn) {

    public boolean checked() {
        return checkedBy != null;
    }
}
