package se.brobygge.mentoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import se.brobygge.mentoring.Criterion;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.occupation.Occupations;

/** Translated names of the module's enums and explanation lines, for the views. */
final class Texts {

    /** Languages offered in the profile; others can be added as the municipality meets them. */
    static final List<String> LANGUAGES = List.of(
            "sv", "en", "ar", "prs", "fa", "so", "ti", "uk", "ku", "tr", "ru", "pl", "bs", "sq", "es", "fr", "de", "fi",
            "am", "ps", "ur", "hi", "zh", "th", "vi");

    private Texts() {}

    static String of(Component c, String prefix, Enum<?> value) {
        return c.getTranslation(prefix + value.name());
    }

    static String language(Component c, String code) {
        return LanguageNames.of(code, locale(c));
    }

    static Locale locale(Component c) {
        return c.getUI().map(ui -> ui.getLocale()).orElse(UI.getCurrent().getLocale());
    }

    /** One explanation line: "shared languages: Arabic, Swedish +20". */
    static String criterion(Component c, Criterion criterion) {
        Locale locale = locale(c);
        String args = switch (criterion.kind()) {
            case SHARED_LANGUAGES ->
                join(criterion.args().stream().map(code -> language(c, code)).toList());
            case GOALS ->
                join(criterion.args().stream()
                        .map(k -> c.getTranslation("mentoring.kind." + k))
                        .toList());
            case SAME_FIELD, RELATED_FIELD ->
                join(criterion.args().stream()
                        .map(code -> Occupations.byCode(code)
                                .map(o -> o.name(locale))
                                .orElse(code))
                        .toList());
            case SHARED_INTERESTS ->
                join(criterion.args().stream()
                        .map(i -> c.getTranslation("mentoring.interest." + i))
                        .toList());
            case COMMON_TIMES ->
                join(criterion.args().stream()
                        .map(t -> c.getTranslation("mentoring.time." + t))
                        .toList());
            case SAME_AREA -> join(criterion.args());
            case SWEDISH_PRACTICE -> "";
        };
        return c.getTranslation(
                "mentoring.criterion.points",
                c.getTranslation("mentoring.criterion." + criterion.kind().name(), args),
                criterion.points());
    }

    /** Parts of a list, separated as the page's language separates them. */
    static String join(Collection<String> parts) {
        UI ui = UI.getCurrent();
        return ListText.of(parts, ui == null ? Locale.forLanguageTag("sv") : ui.getLocale());
    }
}
