package se.brobygge.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import se.brobygge.associations.Activity;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;

/** "Football for girls – Tuesdays 18:00–19:00, every week" in the reader's language. */
final class ActivityText {

    private ActivityText() {}

    /**
     * The summary with its title in an element of its own language (decision 0050); when it falls
     * back to Swedish, the mark follows it if {@code marked} (a page that shows the title in a
     * heading above marks it there).
     */
    static Span line(Component translator, Activity a, boolean marked) {
        Span title;
        if (marked) {
            title = Translated.line(a.titles(), translator);
        } else {
            MultilingualText.Shown shown = Translated.shown(a.titles(), translator);
            title = TranslatedText.text(new Span(shown.text()), shown);
        }
        // the separator of every language's "associations.activity.summary"
        return new Span(title, new Span(" – " + when(translator, a)));
    }

    /** "Tuesdays 18:00–19:00, every week". */
    static String when(Component translator, Activity a) {
        Locale locale = UI.getCurrent().getLocale();
        return translator.getTranslation(
                "associations.activity.when",
                Formats.weekday(a.weekday(), locale),
                Formats.time(a.startsAt(), locale),
                Formats.time(a.endsAt(), locale),
                translator.getTranslation("associations.recurrence." + a.recurrence()));
    }
}
