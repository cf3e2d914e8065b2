package se.brobygge.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.format.TextStyle;
import java.util.Locale;
import se.brobygge.associations.Activity;

/** "Football for girls – Tuesdays 18:00–19:00, every week" in the reader's language. */
final class ActivityText {

    private ActivityText() {}

    static String summary(Component translator, Activity a) {
        Locale locale = UI.getCurrent().getLocale();
        return translator.getTranslation(
                "associations.activity.summary",
                a.title(),
                a.weekday().getDisplayName(TextStyle.FULL, locale),
                a.startsAt().toString(),
                a.endsAt().toString(),
                translator.getTranslation("associations.recurrence." + a.recurrence()));
    }
}
