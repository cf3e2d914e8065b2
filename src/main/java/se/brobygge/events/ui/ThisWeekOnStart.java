package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.StartPageSection;
import se.brobygge.shared.ui.TranslatedText;

/**
 * The start page's first news: the next few events this week, near the visitor (the area in their
 * profile) when they gave one and something is on there, else in every area; when nothing is on
 * this week, the next ones coming. Each says when, where, in which languages and how many seats
 * are left, and is one tap from the event's sign-up. Plain elements, no listeners: the start page
 * stays light per session.
 */
@Component
class ThisWeekOnStart implements StartPageSection {

    static final int SHOWN = 4;

    private final EventService events;
    private final PlaceLabels labels;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final Clock clock;

    ThisWeekOnStart(
            EventService events, PlaceLabels labels, CurrentUser currentUser, AccountService accounts, Clock clock) {
        this.events = events;
        this.labels = labels;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return 10;
    }

    @Override
    public Optional<Section> create(Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        EventFilter week = EventFilter.none().between(today, today.plusDays(6));
        String area = myArea();
        String heading = "events.start.thisWeek";
        List<EventSummary> found = List.of();
        if (area != null) {
            // the area is applied after the query: ask for the week's events, keep the first few
            found = events.upcoming(withArea(week, area), EventService.MAX_RESULTS).stream()
                    .limit(SHOWN)
                    .toList();
            heading = "events.start.thisWeekIn";
        }
        if (found.isEmpty()) {
            found = events.upcoming(week, SHOWN);
            heading = "events.start.thisWeek";
        }
        if (found.isEmpty()) {
            found = events.upcoming(EventFilter.none(), SHOWN);
            heading = "events.start.comingUp";
        }
        UI ui = UI.getCurrent();
        Section section = new Section();
        section.addClassName("start-events");
        H2 title = new H2(ui.getTranslation(heading, area == null ? "" : area));
        title.setId("start-events-title");
        section.getElement().setAttribute("aria-labelledby", "start-events-title");
        section.add(title);
        if (found.isEmpty()) {
            section.add(new Paragraph(ui.getTranslation("events.start.none")));
        } else {
            OrderedList list = new OrderedList();
            found.forEach(event -> list.add(item(event, locale, ui)));
            section.add(list);
        }
        Anchor all = new Anchor("events", ui.getTranslation("events.start.all"));
        all.addClassName("start-events-all");
        section.add(new Paragraph(all));
        return Optional.of(section);
    }

    private @Nullable String myArea() {
        if (!currentUser.isSignedIn()) {
            return null;
        }
        String area = accounts.myProfile().area();
        return area == null || area.isBlank() ? null : area;
    }

    private static EventFilter withArea(EventFilter filter, String area) {
        return new EventFilter(null, filter.from(), filter.to(), null, null, null, false, false, area);
    }

    private ListItem item(EventSummary event, Locale locale, UI ui) {
        ListItem item = new ListItem();
        item.addClassName("start-event");
        MultilingualText.Shown shown = event.titles().in(Language.of(locale));
        Anchor link = new Anchor("events/" + event.id(), shown.text());
        item.add(TranslatedText.text(link, shown));
        TranslatedText.mark(shown, ui).ifPresent(mark -> item.add(new Span(" "), mark));
        item.add(line("when", Formats.dateTime(event.startsAt(), locale)));
        String where = labels.where(event, ui::getTranslation);
        if (!where.isEmpty()) {
            item.add(line("where", where));
        }
        if (!event.languages().isEmpty()) {
            item.add(line(
                    "languages", ui.getTranslation("events.spokenIn", PlaceLabels.spoken(event.languages(), locale))));
        }
        item.add(line("seats", EventCard.seats(ui, event)));
        Anchor signUp = new Anchor("events/" + event.id() + "#sign-up", ui.getTranslation("events.start.signUp"));
        signUp.addClassName("start-sign-up");
        // "Sign up" alone would be the same name for every event: say which
        signUp.getElement().setAttribute("aria-label", ui.getTranslation("events.start.signUpFor", shown.text()));
        item.add(new Paragraph(signUp));
        return item;
    }

    private static Paragraph line(String kind, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName("start-event-" + kind);
        return line;
    }
}
