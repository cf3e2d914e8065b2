package se.brobygge.places.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.brobygge.identity.CurrentUser;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.CardPicture;
import se.brobygge.shared.ui.FilterPanel;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

/** Every published meeting place: a filter, the map, and the list (the map's accessible alternative). */
@Route("places")
@Menu(order = 12, title = "nav.places", icon = "vaadin:map-marker")
@AnonymousAllowed
class PlacesView extends Main implements HasDynamicTitle {

    private final PlaceService places;
    final Select<String> area = new Select<>();
    final CheckboxGroup<AccessibilityFact> facts = new CheckboxGroup<>();
    final PlacesMap map;
    /** Behind one "Filter" button on a phone. */
    final FilterPanel filters = new FilterPanel();

    final Paragraph count = new Paragraph();
    final UnorderedList list = new UnorderedList();

    PlacesView(PlaceService places, CurrentUser currentUser, BrobyggeProperties properties) {
        this.places = places;
        addClassName("places-view");
        add(new H1(getTranslation("places.title")));
        add(new Paragraph(getTranslation("places.intro")));

        area.setLabel(getTranslation("places.filter.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("places.filter.allAreas"));
        area.setItems(places.areas());
        area.addValueChangeListener(e -> refresh());
        facts.setLabel(getTranslation("places.filter.facts"));
        facts.setItems(AccessibilityFact.values());
        facts.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        facts.addValueChangeListener(e -> refresh());
        filters.addFilters(area, facts);
        filters.addClassName("places-filters");
        add(filters);

        map = new PlacesMap(properties.places().tileUrl(), properties.places().attribution());
        map.addClassName("places-map");
        map.addPlaceSelectedListener(
                id -> UI.getCurrent().navigate(PlaceView.class, new RouteParameters(PlaceView.ID, Long.toString(id))));
        add(map);

        count.getElement().setAttribute("role", "status");
        count.addClassName("places-count");
        list.addClassName("places-list");
        add(count, list);

        if (currentUser.isSignedIn()) {
            add(new Paragraph(new RouterLink(getTranslation("places.propose.link"), ProposePlaceView.class)));
        } else {
            add(new Paragraph(getTranslation("places.propose.signIn")));
        }
        refresh();
    }

    private void refresh() {
        List<Place> found = places.published(new PlaceFilter(area.getValue(), Set.copyOf(facts.getValue())));
        filters.setActive((area.getValue() == null ? 0 : 1) + facts.getValue().size());
        count.setText(getTranslation("places.count", found.size()));
        list.removeAll();
        found.forEach(place -> list.add(item(place)));
        map.setMarkers(found.stream()
                .filter(Place::hasCoordinates)
                .map(p -> new PlacesMap.Marker(
                        p.id().value(),
                        p.name(),
                        Objects.requireNonNull(p.details().latitude(), "filtered: has coordinates"),
                        Objects.requireNonNull(p.details().longitude(), "filtered: has coordinates")))
                .toList());
    }

    private Component item(Place place) {
        ListItem item = new ListItem();
        item.addClassName("place-card");
        H2 name = new H2(Written.text(new RouterLink(
                place.name(),
                PlaceView.class,
                new RouteParameters(PlaceView.ID, place.id().toString()))));
        Paragraph where = new Paragraph(
                new MetaLine(place.details().area(), place.details().streetAddress()));
        place.photos().stream()
                .findFirst()
                .ifPresent(photo -> item.add(CardPicture.of(photo.smallUrl(), photo.altText())));
        item.add(name, where);
        if (!place.details().openingHours().isBlank()) {
            // when it is open, in the reader's language when given (decision 0050)
            MultilingualText.Shown hours = MultilingualText.swedish(
                            place.details().openingHours(), place.details().openingHoursTranslations())
                    .in(TranslatedText.page(this));
            Paragraph open = TranslatedText.text(
                    new Paragraph(hours.text().lines().findFirst().orElse("")), hours);
            open.addClassName("card-when");
            item.add(open);
        }
        item.add(badges(this, place.details().facts()));
        return item;
    }

    /** Accessibility facts as text badges (no icon-only information). */
    static Component badges(Component translator, Set<AccessibilityFact> facts) {
        UnorderedList badges = new UnorderedList();
        badges.addClassName("place-facts");
        for (AccessibilityFact fact : AccessibilityFact.values()) {
            if (facts.contains(fact)) {
                Span text = new Span(translator.getTranslation(fact.labelKey()));
                text.addClassName("place-fact");
                badges.add(new ListItem(text));
            }
        }
        return badges;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.title") + " – Brobygge";
    }
}
