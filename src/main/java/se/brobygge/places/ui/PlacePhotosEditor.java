package se.brobygge.places.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhoto;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.PhotoUpload;

/**
 * Photos of one place: upload with a description (checked and re-encoded by the service), and
 * remove. For staff and for the resident whose proposal it is; the service decides who may.
 */
class PlacePhotosEditor extends Section {

    private final PlaceService places;
    private final PlacePhotoService photos;
    final TextField altText = new TextField();
    final Upload upload;
    final Div photoList = new Div();
    private @Nullable Place place;
    private final Consumer<Place> changed;

    PlacePhotosEditor(PlaceService places, PlacePhotoService photos, Consumer<Place> changed) {
        this.places = places;
        this.photos = photos;
        this.changed = changed;
        altText.setLabel(getTranslation("places.photo.altText"));
        altText.setHelperText(getTranslation("places.photo.altText.help"));
        altText.setMaxLength(200);
        altText.setRequiredIndicatorVisible(true);
        // the upload may start while the field still has focus: send every keystroke, not only on blur
        altText.setValueChangeMode(ValueChangeMode.EAGER);
        upload = new PhotoUpload("places", this::uploaded, this::tooLarge);
        photoList.addClassName("place-photos");
        add(
                new H2(getTranslation("places.photo.title")),
                new Paragraph(getTranslation("places.photo.rules")),
                altText,
                upload,
                photoList);
    }

    void show(@Nullable Place place) {
        this.place = place;
        setVisible(place != null);
        photoList.removeAll();
        if (place == null) {
            return;
        }
        for (PlacePhoto photo : place.photos()) {
            Image image = new Image(photo.url(), photo.altText());
            image.setWidth("160px");
            Button remove = new Button(getTranslation("places.photo.delete"), e -> {
                photos.delete(photo.id());
                reload(photo.placeId().value());
            });
            remove.getElement().setAttribute("aria-label", getTranslation("places.photo.deleteNamed", photo.altText()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            Component figure = new Div(image, remove);
            photoList.add(figure);
        }
    }

    private void reload(long placeId) {
        Place current = places.find(new PlaceId(placeId)).orElse(place);
        show(current);
        if (current != null) {
            changed.accept(current);
        }
    }

    private void uploaded(byte[] bytes) {
        Place current = place;
        if (current == null) {
            return;
        }
        try {
            photos.upload(current.id(), bytes, altText.getValue());
            altText.clear();
            altText.setInvalid(false);
            upload.clearFileList();
            reload(current.id().value());
            Notification.show(getTranslation("places.photo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            upload.clearFileList();
            if (e.errors().stream().anyMatch(f -> f.field().equals("altText"))) {
                FieldErrors.show(e, Map.of("altText", altText), this);
            } else {
                error(getTranslation(e.errors().getFirst().messageKey()));
            }
        }
    }

    private void tooLarge(String message) {
        upload.clearFileList();
        error(message);
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
