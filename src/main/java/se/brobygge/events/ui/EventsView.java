package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventPage;
import se.brobygge.events.EventPhotoService;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.EasyReadLink;
import se.brobygge.shared.ui.FilterPanel;

/** Upcoming events with filters; works without JavaScript-heavy widgets and on a phone. */
@Route("events")
@Menu(order = 10, title = "nav.events", icon = "vaadin:calendar")
@AnonymousAllowed
class EventsView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final TextField text = new TextField();
    final Select<Category> category = new Select<>();
    final DateField from = new DateField();
    final DateField to = new DateField();
    /**
     * Audience, language, area, free and child-friendly: built when "More filters" is first opened
     * (or the address sets one of them), so a visitor who only searches keeps no select items.
     */
    final Details moreFilters = new Details();
    /** Behind one "Filter" button on a phone, so the events come first. */
    final FilterPanel filters = new FilterPanel();

    private @Nullable MoreFilters more;
    private final PlaceService places;
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private YearMonth month = YearMonth.now(Formats.MUNICIPALITY_ZONE);
    private final Div monthNavigation = new Div();
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();
    final Anchor atom = new Anchor();
    private final EventService events;
    private final PlaceLabels labels;
    private final EventPhotoService photos;

    EventsView(EventService events, PlaceService places, PlaceLabels labels, EventPhotoService photos) {
        this.events = events;
        this.photos = photos;
        this.labels = labels;
        addClassName("events-view");
        add(new H1(getTranslation("events.list.title")), new Paragraph(new EasyReadLink("signup")));
        text.setLabel(getTranslation("events.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        category.setLabel(getTranslation("events.filter.category"));
        category.setItems(Arrays.asList(Category.values()));
        category.setItemLabelGenerator(
                c -> c == null ? getTranslation("events.filter.all") : getTranslation("events.category." + c));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("events.filter.all"));
        from.setLabel(getTranslation("events.filter.from"));
        to.setLabel(getTranslation("events.filter.to"));
        this.places = places;
        moreFilters.setSummaryText(getTranslation("events.filter.more"));
        moreFilters.addClassName("more-filters");
        moreFilters.getElement().addPropertyChangeListener("opened", "opened-changed", e -> {
            if (moreFilters.isOpened()) {
                moreFilters();
            }
        });
        filters.addFilters(text, from, to, category, moreFilters);
        mode.setLabel(getTranslation("events.view.mode"));
        mode.setItems("list", "month");
        mode.setItemLabelGenerator(m -> getTranslation("events.view." + m));
        mode.setValue("list");
        mode.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        monthNavigation.addClassName("month-navigation");
        filters.addFilters(mode);
        text.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        count.getElement().setAttribute("role", "status");
        results.addClassName("event-results");
        atom.setText(getTranslation("events.list.atom"));
        atom.getElement().setAttribute("router-ignore", true);
        atom.getElement().setAttribute("type", "application/atom+xml");
        atom.addClassName("feed-link");
        add(filters, monthNavigation, count, results, atom);
    }

    /**
     * Filters from the address, so a filtered list can be shared and bookmarked, e.g.
     * {@code /events?q=språkcafé&language=ar&area=Norrby&view=month}. Unknown values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        loading = true;
        query.getSingleParameter("q").ifPresent(text::setValue);
        query.getSingleParameter("category")
                .flatMap(v -> enumValue(Category.class, v))
                .ifPresent(category::setValue);
        query.getSingleParameter("audience")
                .flatMap(v -> enumValue(Audience.class, v))
                .ifPresent(v -> moreFilters().audience.setValue(v));
        query.getSingleParameter("language")
                .filter(EventForm.LANGUAGES::contains)
                .ifPresent(v -> moreFilters().language.setValue(v));
        query.getSingleParameter("area")
                .filter(places.areas()::contains)
                .ifPresent(v -> moreFilters().area.setValue(v));
        query.getSingleParameter("free")
                .filter("true"::equals)
                .ifPresent(v -> moreFilters().free.setValue(true));
        query.getSingleParameter("childFriendly")
                .filter("true"::equals)
                .ifPresent(v -> moreFilters().childFriendly.setValue(true));
        if (more != null) {
            moreFilters.setOpened(true);
        }
        query.getSingleParameter("from").flatMap(EventsView::date).ifPresent(from::setValue);
        query.getSingleParameter("to").flatMap(EventsView::date).ifPresent(to::setValue);
        query.getSingleParameter("view").filter("month"::equals).ifPresent(mode::setValue);
        loading = false;
        refresh();
    }

    private boolean loading;

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst();
    }

    private void refresh() {
        if (loading) {
            return;
        }
        boolean calendar = "month".equals(mode.getValue());
        monthNavigation.setVisible(calendar);
        if (calendar && monthNavigation.getChildren().findAny().isEmpty()) {
            monthNavigation(); // built when the calendar is first shown
        }
        from.setVisible(!calendar);
        to.setVisible(!calendar);
        MoreFilters m = more;
        EventFilter filter = new EventFilter(
                text.getValue(),
                from.getValue(),
                to.getValue(),
                category.getValue(),
                m == null ? null : m.audience.getValue(),
                m == null ? null : m.language.getValue(),
                m != null && m.childFriendly.getValue(),
                m != null && m.free.getValue(),
                m == null ? null : m.area.getValue());
        filters.setActive(active(filter));
        if (calendar) {
            filter = filter.between(month.atDay(1), month.atEndOfMonth());
        }
        EventFilter chosen = filter;
        atom.setHref(UriComponentsBuilder.fromPath("/feeds/events.atom")
                .queryParamIfPresent(
                        "q",
                        Optional.ofNullable(text.getValue())
                                .filter(t -> !t.isBlank())
                                .map(String::strip))
                .queryParamIfPresent("category", Optional.ofNullable(category.getValue()))
                .queryParamIfPresent("audience", Optional.ofNullable(filter.audience()))
                .queryParamIfPresent("free", Optional.of(true).filter(t -> m != null && m.free.getValue()))
                .queryParamIfPresent(
                        "childFriendly", Optional.of(true).filter(t -> m != null && m.childFriendly.getValue()))
                .queryParamIfPresent("lang", feedLanguage())
                .encode()
                .build()
                .toUriString());
        Locale locale = UI.getCurrent().getLocale();
        results.removeAll();
        if (calendar) {
            List<EventSummary> found = events.upcoming(filter, EventService.MAX_CALENDAR_RESULTS);
            results.add(new MonthCalendar(month, found, locale));
            if (found.isEmpty()) {
                count.setText(getTranslation("events.list.none"));
            } else if (found.size() >= EventService.MAX_CALENDAR_RESULTS) {
                count.setText(getTranslation("events.list.capped", found.size()));
            } else {
                count.setText(getTranslation("events.list.count", found.size()));
            }
            return;
        }
        // the first page now; the list fetches further pages from the index as the reader scrolls
        EventPage first = events.upcomingPage(chosen, 0, EventService.PAGE_SIZE);
        if (first.total() == 0) {
            count.setText(getTranslation("events.list.none"));
            return;
        }
        EventList list = new EventList(locale, labels, photos);
        list.show(
                first,
                (offset, limit) -> events.upcomingPage(chosen, offset, limit).events());
        results.add(list);
        count.setText(getTranslation("events.list.count", first.total()));
    }

    /** How many filters the reader has set, for the "Filter" button. */
    private static int active(EventFilter f) {
        return (int) Stream.of(
                        f.text() != null && !f.text().isBlank(),
                        f.from() != null,
                        f.to() != null,
                        f.category() != null,
                        f.audience() != null,
                        f.language() != null,
                        f.childFriendlyOnly(),
                        f.freeOnly(),
                        f.area() != null)
                .filter(Boolean::booleanValue)
                .count();
    }

    /** The page's language for the feed's dates, unless Swedish, the feed's own language. */
    private static Optional<String> feedLanguage() {
        Language language = Language.of(UI.getCurrent().getLocale());
        return language == Language.DEFAULT ? Optional.empty() : Optional.of(language.code());
    }

    private void monthNavigation() {
        Button previous = new Button(getTranslation("events.view.previousMonth"), e -> {
            month = month.minusMonths(1);
            refresh();
        });
        Button next = new Button(getTranslation("events.view.nextMonth"), e -> {
            month = month.plusMonths(1);
            refresh();
        });
        monthNavigation.add(previous, next);
    }

    /** The rarely used filters, built on first need and kept from then on. */
    MoreFilters moreFilters() {
        MoreFilters m = more;
        if (m == null) {
            m = new MoreFilters();
            more = m;
            moreFilters.add(m);
        }
        return m;
    }

    /** Audience, language, area, free and child-friendly, each refreshing the list when changed. */
    final class MoreFilters extends Div {

        final Select<Audience> audience = new Select<>();
        final Select<String> language = new Select<>();
        final Select<String> area = new Select<>();
        final Checkbox free = new Checkbox();
        final Checkbox childFriendly = new Checkbox();

        MoreFilters() {
            addClassName("event-filters");
            Locale locale = UI.getCurrent().getLocale();
            audience.setLabel(getTranslation("events.filter.audience"));
            audience.setItems(Arrays.asList(Audience.values()));
            audience.setItemLabelGenerator(
                    a -> a == null ? getTranslation("events.filter.all") : getTranslation("events.audience." + a));
            audience.setEmptySelectionAllowed(true);
            audience.setEmptySelectionCaption(getTranslation("events.filter.all"));
            free.setLabel(getTranslation("events.filter.free"));
            childFriendly.setLabel(getTranslation("events.filter.childFriendly"));
            language.setLabel(getTranslation("events.filter.language"));
            language.setItems(EventForm.LANGUAGES);
            language.setEmptySelectionAllowed(true);
            language.setEmptySelectionCaption(getTranslation("events.filter.all"));
            language.setItemLabelGenerator(
                    code -> code == null ? getTranslation("events.filter.all") : LanguageNames.label(code, locale));
            area.setLabel(getTranslation("events.filter.area"));
            area.setItems(places.areas());
            area.setEmptySelectionAllowed(true);
            area.setEmptySelectionCaption(getTranslation("events.filter.all"));
            area.setItemLabelGenerator(a -> a == null ? getTranslation("events.filter.all") : a);
            add(audience, language, area, free, childFriendly);
            audience.addValueChangeListener(e -> refresh());
            language.addValueChangeListener(e -> refresh());
            area.addValueChangeListener(e -> refresh());
            free.addValueChangeListener(e -> refresh());
            childFriendly.addValueChangeListener(e -> refresh());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title") + " – Brobygge";
    }
}
