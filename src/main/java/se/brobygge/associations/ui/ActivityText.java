package se.brobygge.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import se.brobygge.associations.Activity;
import se.brobygge.shared.i18n.Formats;

/** "Football for girls – Tuesdays 18:00–19:00, every week" in the reader's language. */
final class ActivityText {

    private ActivityText() {}

    static String summary(Component translator, Activity a) {
        Locale locale = UI.getCurrent().getLocale();
        return translator.getTranslation(
                "associations.activity.summary",
                a.title(),
                Formats.weekday(a.weekday(), locale),
                Formats.time(a.startsAt(), locale),
                Formats.time(a.endsAt(), locale),
                translator.getTranslation("associations.recurrence." + a.recurrence()));
    }
}
