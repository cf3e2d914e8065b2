package se.brobygge.events.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.web.util.UriComponentsBuilder;

import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;

/** Upcoming events with filters; works without JavaScript-heavy widgets and on a phone. */
@Route("events")
@Menu(order = 10, title = "nav.events", icon = "vaadin:calendar")
@AnonymousAllowed
class EventsView extends Main implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<Category> category = new Select<>();
    final Select<Audience> audience = new Select<>();
    final Checkbox free = new Checkbox();
    final Checkbox childFriendly = new Checkbox();
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();
    final Anchor atom = new Anchor();
    private final EventService events;

    EventsView(EventService events) {
        this.events = events;
        addClassName("events-view");
        add(new H1(getTranslation("events.list.title")));
        text.setLabel(getTranslation("events.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        category.setLabel(getTranslation("events.filter.category"));
        category.setItems(Arrays.asList(Category.values()));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("events.filter.all")
                : getTranslation("events.category." + c));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("events.filter.all"));
        audience.setLabel(getTranslation("events.filter.audience"));
        audience.setItems(Arrays.asList(Audience.values()));
        audience.setItemLabelGenerator(a -> a == null ? getTranslation("events.filter.all")
                : getTranslation("events.audience." + a));
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("events.filter.all"));
        free.setLabel(getTranslation("events.filter.free"));
        childFriendly.setLabel(getTranslation("events.filter.childFriendly"));
        Div filters = new Div(text, category, audience, free, childFriendly);
        filters.addClassName("event-filters");
        text.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        audience.addValueChangeListener(e -> refresh());
        free.addValueChangeListener(e -> refresh());
        childFriendly.addValueChangeListener(e -> refresh());
        count.getElement().setAttribute("role", "status");
        results.addClassName("event-list");
        atom.setText(getTranslation("events.list.atom"));
        atom.getElement().setAttribute("router-ignore", true);
        atom.getElement().setAttribute("type", "application/atom+xml");
        atom.addClassName("feed-link");
        add(filters, count, results, atom);
        refresh();
    }

    private void refresh() {
        List<EventSummary> found = events.upcoming(new EventFilter(text.getValue(), null, null, category.getValue(),
                audience.getValue(), null, childFriendly.getValue(), free.getValue()));
        atom.setHref(UriComponentsBuilder.fromPath("/feeds/events.atom")
                .queryParamIfPresent("q", Optional.ofNullable(text.getValue()).filter(t -> !t.isBlank()).map(String::strip))
                .queryParamIfPresent("category", Optional.ofNullable(category.getValue()))
                .queryParamIfPresent("audience", Optional.ofNullable(audience.getValue()))
                .queryParamIfPresent("free", Optional.of(true).filter(t -> free.getValue()))
                .queryParamIfPresent("childFriendly", Optional.of(true).filter(t -> childFriendly.getValue()))
                .encode().build().toUriString());
        Locale locale = UI.getCurrent().getLocale();
        results.removeAll();
        found.forEach(event -> results.add(new EventCard(event, locale)));
        count.setText(found.isEmpty() ? getTranslation("events.list.none") : getTranslation("events.list.count",
                found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.list.title") + " – Brobygge";
    }
}
