package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import se.brobygge.events.EventDetails;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhotoService;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.EventService;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * The organiser (or staff) changes an event. For an occurrence of a series they choose: only
 * this one, or this one and every later one. Moving it tells everyone signed up.
 */
@Route("events/:id/edit")
@PermitAll
class EventEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    enum Scope {
        THIS,
        FOLLOWING
    }

    private final EventService events;
    private final EventEditingService editing;
    private final EventSeriesService series;
    private final PlaceService places;
    private final EventPhotoService photos;
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Button save = new Button();

    EventEditView(
            EventService events,
            EventEditingService editing,
            EventSeriesService series,
            PlaceService places,
            EventPhotoService photos) {
        this.events = events;
        this.photos = photos;
        this.editing = editing;
        this.series = series;
        this.places = places;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        EventId id = e.getRouteParameters().getLong("id").map(EventId::new).orElseThrow(NotFoundException::new);
        if (!events.canManage(id)) {
            throw new NotFoundException();
        }
        EventDetails details = events.details(id).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("events.edit.title", details.summary().title())));
        EventForm form = new EventForm(places, List.of(), true, false);
        form.fill(details, places.published(PlaceFilter.ALL));
        if (details.summary().seriesId() != null) {
            scope.setLabel(getTranslation("events.edit.scope"));
            scope.setItems(Scope.values());
            scope.setItemLabelGenerator(s -> getTranslation("events.edit.scope." + s));
            scope.setValue(Scope.THIS);
            add(scope);
        }
        save.setText(getTranslation("events.edit.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (scope.getValue() == Scope.FOLLOWING) {
                    int changed = series.updateFollowing(id, form.draft());
                    Notification.show(getTranslation("events.edit.savedMany", changed));
                } else {
                    editing.update(id, form.draft());
                    Notification.show(getTranslation("events.edit.saved"));
                }
                FieldErrors.clear(form.fields());
                UI.getCurrent().navigate(EventView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, form.fields(), this);
                form.revealErrors();
            }
        });
        add(form, save, new EventPhotoEditor(photos, id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.edit.page") + " – Brobygge";
    }
}
