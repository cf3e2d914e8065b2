package se.brobygge.places.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceEditConflictException;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;

/**
 * The resident who proposed a place changes it and adds photos while staff have not decided yet.
 * The service decides who may; anyone else gets "not found".
 */
@Route("places/:id/edit")
@PermitAll
class EditPlaceView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlaceService places;
    private final PlacePhotoService photos;
    private @Nullable Place place;
    final Button save = new Button();

    EditPlaceView(PlaceService places, PlacePhotoService photos) {
        this.places = places;
        this.photos = photos;
        addClassName("narrow-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        PlaceId id = e.getRouteParameters().getLong("id").map(PlaceId::new).orElseThrow(NotFoundException::new);
        if (!places.mayEdit(id)) {
            throw new NotFoundException();
        }
        place = places.find(id).orElseThrow(NotFoundException::new);
        removeAll();
        add(new H1(getTranslation("places.edit.title", place().name())));
        add(new Paragraph(getTranslation("places.edit.intro")));
        PlaceForm form = new PlaceForm(places.areas());
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.fill(place().details());
        PlacePhotosEditor photoEditor = new PlacePhotosEditor(places, photos, current -> place = current);
        photoEditor.show(place());
        save.setText(getTranslation("places.staff.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                place = places.update(place().id(), place().version(), form.read());
                form.clearErrors();
                Notification.show(getTranslation("places.staff.saved", place().name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException ex) {
                form.show(ex);
            } catch (PlaceEditConflictException ex) {
                Notification.show(getTranslation(PlaceEditConflictException.MESSAGE_KEY))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                place = places.find(place().id()).orElse(place());
            }
        });
        add(form, save, photoEditor);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("places.edit.page") + " – Brobygge";
    }

    /** The place, set in beforeEnter. */
    private Place place() {
        return Objects.requireNonNull(place, "set in beforeEnter");
    }
}
