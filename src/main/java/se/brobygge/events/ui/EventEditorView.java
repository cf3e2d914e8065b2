package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * Staff publish an event for the municipality, representatives for their association or employer
 * (reviewed by staff first unless the organisation is verified); once, or as a series. Every
 * problem is explained next to its field and nothing is saved.
 */
@Route("events/new")
@RouteAlias("staff/events/new")
@Menu(order = 101, title = "nav.newEvent", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.STAFF, Roles.ADMIN, Roles.ASSOCIATION_REP, Roles.EMPLOYER})
class EventEditorView extends Main implements HasDynamicTitle {

    final EventForm form;
    final Button save = new Button();

    EventEditorView(
            EventService events,
            EventEditingService editing,
            EventSeriesService series,
            PlaceService places,
            CurrentUser currentUser) {
        addClassName("narrow-view");
        add(new H1(getTranslation("events.editor.title")));
        boolean staff = currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
        List<OrganisationInfo> organisations = editing.organisationsICanPublishFor();
        if (!staff && organisations.isEmpty()) {
            add(new Paragraph(getTranslation("events.editor.noOrganisation")));
            form = new EventForm(places, organisations, staff, false);
            return;
        }
        form = new EventForm(places, organisations, staff, true);
        if (!staff) {
            add(new Paragraph(getTranslation("events.editor.reviewNote")));
        }
        save.setText(getTranslation("events.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, save);
        save.addClickListener(e -> {
            try {
                EventId first = form.repeating()
                        ? series.createSeries(form.draft(), form.rule()).getFirst()
                        : editing.create(form.draft());
                FieldErrors.clear(form.fields());
                boolean waits = events.event(first)
                        .map(ev -> ev.status() == EventStatus.PENDING_APPROVAL)
                        .orElse(false);
                UI.getCurrent().navigate(EventView.class, new RouteParameters("id", first.toString()));
                if (waits) {
                    Notification.show(getTranslation("events.editor.waitsForReview"));
                }
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, form.fields(), this);
                form.revealErrors();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.editor.title") + " – Brobygge";
    }
}
