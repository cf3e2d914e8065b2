package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.util.Locale;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.SeriesDetails;
import se.brobygge.events.SeriesId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.TranslatedText;

/** Every date of a series, each with its own sign-up, and a calendar feed of them all. */
@Route("events/series/:id")
@AnonymousAllowed
class SeriesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final EventSeriesService series;
    private final EventService events;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";

    SeriesView(EventSeriesService series, EventService events, CurrentUser currentUser, Clock clock) {
        this.series = series;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        render(e.getRouteParameters().getLong("id").map(SeriesId::new).orElseThrow(NotFoundException::new));
    }

    private void render(SeriesId id) {
        SeriesDetails series = this.series
                .series(id)
                .filter(s -> s.occurrences().stream().anyMatch(o -> o.status() != EventStatus.PENDING_APPROVAL))
                .orElseThrow(NotFoundException::new);
        Locale locale = UI.getCurrent().getLocale();
        removeAll();
        EventSummary first = series.occurrences().getFirst();
        title = first.titles().in(TranslatedText.page(this)).text();
        add(new H1(getTranslation("events.series.title", title)));
        add(new Paragraph(
                getTranslation("events.series.rule." + series.frequency(), Formats.date(series.until(), locale))));
        if (!series.skipped().isEmpty()) {
            add(new Paragraph(getTranslation(
                    "events.series.skipped",
                    ListText.of(
                            series.skipped().stream()
                                    .sorted()
                                    .map(d -> Formats.date(d, locale))
                                    .toList(),
                            locale))));
        }
        Anchor feed = new Anchor("ics/series/" + series.id() + ".ics", getTranslation("events.series.feed"));
        feed.setRouterIgnore(true);
        add(new Paragraph(feed));
        if (currentUser.isSignedIn() && events.canManage(first.id())) {
            add(new SkipSeriesDate(this.series, series, locale, clock.instant(), () -> render(id)));
        }
        Div list = new Div();
        list.addClassName("event-list");
        series.occurrences().stream()
                .filter(o -> o.status() != EventStatus.PENDING_APPROVAL)
                .forEach(o -> list.add(new EventCard(o, locale)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.series.title", title) + " – Brobygge";
    }
}
