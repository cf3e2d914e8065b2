package se.brobygge.places.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhoto;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.places.UpcomingEventsAtPlace;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.shared.ui.Written;

/** One meeting place: what it is, where, when it is open, how accessible, and what happens there. */
@Route("places/:" + PlaceView.ID)
@AnonymousAllowed
class PlaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final PlaceService places;
    private final UpcomingEventsAtPlace upcomingEvents;
    private String title = "";

    PlaceView(PlaceService places, UpcomingEventsAtPlace upcomingEvents) {
        this.places = places;
        this.upcomingEvents = upcomingEvents;
        addClassName("place-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Place> place = event.getRouteParameters().getLong(ID).flatMap(id -> places.find(new PlaceId(id)));
        if (place.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(place.get());
    }

    private void show(Place place) {
        removeAll();
        PlaceDetails d = place.details();
        title = d.name();
        add(new RouterLink(getTranslation("places.back"), PlacesView.class));
        H1 name = Written.text(new H1(d.name()));
        // the text is written in whatever language its author used: let the browser find its direction
        name.getElement().setAttribute("dir", "auto");
        add(name);
        if (place.status() != PlaceStatus.PUBLISHED) {
            Paragraph status = new Paragraph(getTranslation("places.status." + place.status()));
            status.addClassName("place-status");
            add(status);
            if (place.rejectionReason() != null) {
                add(new Paragraph(getTranslation("places.rejectedBecause", place.rejectionReason())));
            }
        }
        if (!d.description().isEmpty()) {
            // in the reader's language when it was written in it, else the Swedish original, marked
            add(translated(d.descriptions(), "place-description"));
        }
        if (!place.photos().isEmpty()) {
            Div photos = new Div();
            photos.addClassName("place-photos");
            for (PlacePhoto photo : place.photos()) {
                Image image = new Image(photo.url(), photo.altText());
                image.setWidth(Math.min(photo.width(), 480) + "px");
                image.getElement().setAttribute("loading", "lazy");
                photos.add(image);
            }
            add(photos);
        }

        DescriptionList facts = new DescriptionList();
        facts.addClassName("place-details");
        term(facts, "places.field.area", new Span(d.area()));
        if (!d.streetAddress().isEmpty()) {
            term(facts, "places.field.address", new Span(d.streetAddress()));
        }
        if (!d.openingHours().isEmpty()) {
            term(facts, "places.field.openingHours", translated(d.openingHoursTexts(), "place-opening-hours"));
        }
        if (d.contactEmail() != null) {
            Anchor email = new Anchor("mailto:" + d.contactEmail(), d.contactEmail());
            email.getElement().setAttribute("dir", "ltr");
            term(facts, "places.field.email", email);
        }
        if (d.contactPhone() != null) {
            Anchor phone = new Anchor("tel:" + d.contactPhone().replaceAll("[^0-9+]", ""), d.contactPhone());
            phone.getElement().setAttribute("dir", "ltr"); // digits keep their order in Arabic
            term(facts, "places.field.phone", phone);
        }
        add(facts);

        Section accessibility = new Section(new H2(getTranslation("places.accessibility")));
        if (d.facts().isEmpty()) {
            accessibility.add(new Paragraph(getTranslation("places.accessibility.none")));
        } else {
            accessibility.add(PlacesView.badges(this, d.facts()));
        }
        add(accessibility);

        Section events = new Section(new H2(getTranslation("places.events")));
        List<UpcomingEventsAtPlace.UpcomingEvent> upcoming = upcomingEvents.upcoming(place.id(), 10);
        if (upcoming.isEmpty()) {
            events.add(new Paragraph(getTranslation("places.events.none")));
        } else {
            UnorderedList list = new UnorderedList();
            var locale = UI.getCurrent().getLocale();
            for (UpcomingEventsAtPlace.UpcomingEvent e : upcoming) {
                list.add(new ListItem(
                        new Anchor(e.route(), e.title() + " – " + Formats.dateTime(e.startsAt(), locale))));
            }
            events.add(list);
        }
        add(events);
    }

    /**
     * A plain text in the reader's language, or the original with a "Written in Swedish" mark after
     * it; the paragraph carries the language it is really in and {@code dir="auto"}.
     */
    private Div translated(MultilingualText text, String className) {
        MultilingualText.Shown shown = text.in(TranslatedText.page(this));
        Paragraph paragraph = TranslatedText.text(new Paragraph(shown.text()), shown);
        paragraph.addClassName(className);
        Div block = new Div(paragraph);
        block.addClassName("translated-text");
        TranslatedText.mark(shown, this).ifPresent(block::add);
        return block;
    }

    private void term(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("places.title") : title) + " – Brobygge";
    }
}
