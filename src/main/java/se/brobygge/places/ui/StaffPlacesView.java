package se.brobygge.places.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceEditConflictException;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** Staff keep the meeting places: add, edit, approve or reject proposals, and add photos. */
@Route("staff/places")
@Menu(order = 102, title = "nav.staffPlaces", icon = "vaadin:map-marker")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class StaffPlacesView extends Main implements HasDynamicTitle {

    private final PlaceService places;
    private final PlacePhotoService photos;
    final Grid<Place> grid = new Grid<>();
    final Button create = new Button();
    final H2 formTitle = new H2();
    final PlaceForm form;
    final Button save = new Button();
    final Button approve = new Button();
    final TextArea reason = new TextArea();
    final Button reject = new Button();
    final PlacePhotosEditor photoSection;
    final Button delete = new Button();
    private @Nullable Place editing;

    StaffPlacesView(PlaceService places, PlacePhotoService photos) {
        this.places = places;
        this.photos = photos;
        addClassName("staff-places-view");
        add(new H1(getTranslation("places.staff.title")));
        add(new Paragraph(getTranslation("places.staff.intro")));

        grid.addColumn(Place::name)
                .setHeader(getTranslation("places.field.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.details().area()).setHeader(getTranslation("places.field.area"));
        grid.addColumn(p -> getTranslation("places.status." + p.status()))
                .setHeader(getTranslation("places.staff.status"));
        grid.setAriaLabel(getTranslation("places.staff.title"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue());
            }
        });
        create.setText(getTranslation("places.staff.new"));
        create.addClickListener(e -> edit(null));

        form = new PlaceForm(places.areas());
        save.setText(getTranslation("places.staff.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        approve.setText(getTranslation("places.staff.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(e -> decide(true));
        reason.setLabel(getTranslation("places.staff.reason"));
        reason.setMaxLength(500);
        reject.setText(getTranslation("places.staff.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(false));

        photoSection = new PlacePhotosEditor(places, photos, current -> editing = current);
        delete.setText(getTranslation("places.staff.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        add(create, grid, formTitle, form, new HorizontalLayout(save, approve, delete), reason, reject, photoSection);
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(places.all());
    }

    void edit(@Nullable Place place) {
        editing = place;
        if (place == null) {
            grid.asSingleSelect().clear();
            formTitle.setText(getTranslation("places.staff.newTitle"));
            form.clear();
        } else {
            formTitle.setText(getTranslation("places.staff.editTitle", place.name()));
            form.fill(place.details());
        }
        boolean proposed = place != null && place.status() == PlaceStatus.PROPOSED;
        approve.setVisible(proposed);
        reason.setVisible(proposed);
        reject.setVisible(proposed);
        reason.clear();
        reason.setInvalid(false);
        delete.setVisible(place != null);
        photoSection.show(place);
    }

    /** Deleting removes the place, its photos, and it from every map; asked once more first. */
    private void confirmDelete() {
        Place place = editing;
        if (place == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("places.staff.deleteTitle", place.name()));
        dialog.setText(getTranslation("places.staff.deleteText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("places.staff.deleteKeep"));
        dialog.setConfirmText(getTranslation("places.staff.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            places.delete(place.id());
            refresh();
            edit(null);
            Notification.show(getTranslation("places.staff.deleted", place.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        dialog.open();
    }

    private void save() {
        try {
            Place saved = editing == null
                    ? places.create(form.read())
                    : places.update(editing.id(), editing.version(), form.read());
            saved(saved, "places.staff.saved");
        } catch (InvalidInputException e) {
            form.show(e);
        } catch (PlaceEditConflictException e) {
            conflict();
        }
    }

    private void decide(boolean approved) {
        Place place = editing;
        if (place == null) {
            return;
        }
        try {
            Place decided = approved
                    ? places.approve(place.id(), place.version())
                    : places.reject(place.id(), place.version(), reason.getValue());
            saved(decided, approved ? "places.staff.approved" : "places.staff.rejected");
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("reason", reason), this);
            reason.focus();
        } catch (PlaceEditConflictException e) {
            conflict();
        }
    }

    private void saved(Place place, String messageKey) {
        refresh();
        edit(place);
        Notification note = Notification.show(getTranslation(messageKey, place.name()));
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Someone else saved first: say so, and show their version (the edit was not saved). */
    private void conflict() {
        error(getTranslation(PlaceEditConflictException.MESSAGE_KEY));
        refresh();
        Place current = editing == null ? null : places.find(editing.id()).orElse(null);
        if (current != null) {
            editing = current;
            formTitle.setText(getTranslation("places.staff.editTitle", current.name()));
        }
    }

    private void error(String message) {
        Notification note = Notification.show(message);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.staff.title") + " – Brobygge";
    }
}
