package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import se.brobygge.events.EventSummary;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;

/** One event in a list: title as a link, when, what, and seats left. */
class EventCard extends Div {

    EventCard(EventSummary event, Locale locale) {
        addClassName("event-card");
        H2 title = new H2();
        MultilingualText.Shown shown = event.titles().in(Language.of(locale));
        title.add(TranslatedText.text(
                new RouterLink(
                        shown.text(),
                        EventView.class,
                        new RouteParameters("id", event.id().toString())),
                shown));
        add(title);
        TranslatedText.mark(shown, this).ifPresent(this::add);
        add(new Paragraph(Formats.dateTime(event.startsAt(), locale)));
        Div facts = new Div();
        facts.addClassName("event-facts");
        facts.add(badge(getTranslation("events.category." + event.category())));
        facts.add(badge(getTranslation("events.audience." + event.audience())));
        if (event.free()) {
            facts.add(badge(getTranslation("events.free")));
        }
        if (event.childFriendly()) {
            facts.add(badge(getTranslation("events.childFriendly")));
        }
        add(facts);
        add(new Paragraph(seats(event)));
    }

    String seats(EventSummary event) {
        return seats(this, event);
    }

    static String seats(Component in, EventSummary event) {
        Integer left = event.seatsLeft();
        if (left == null) {
            return in.getTranslation("events.seats.unlimited");
        }
        return left > 0 ? in.getTranslation("events.seats.left", left) : in.getTranslation("events.seats.full");
    }

    private static Span badge(String text) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge");
        return span;
    }
}
