package se.brobygge.events.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhoto;
import se.brobygge.events.EventPhotoService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.PhotoUpload;

/**
 * The event's one photo in the editor: a description first (for people who cannot see it), then
 * the file. A refused file is explained right under the upload, and the photo in place stays.
 */
class EventPhotoEditor extends Div {

    private final EventPhotoService photos;
    private final EventId event;
    final TextField altText = new TextField();
    final Upload upload;
    /** Why the last file was refused, next to the upload; empty otherwise. */
    final Paragraph uploadError = new Paragraph();

    final Div current = new Div();

    EventPhotoEditor(EventPhotoService photos, EventId event) {
        this.photos = photos;
        this.event = event;
        addClassName("event-photo-editor");
        altText.setLabel(getTranslation("events.photo.altText"));
        altText.setHelperText(getTranslation("events.photo.altText.help"));
        altText.setMaxLength(200);
        altText.setRequiredIndicatorVisible(true);
        altText.setWidthFull();
        // the upload may start while the field still has focus: send every keystroke, not only on blur
        altText.setValueChangeMode(ValueChangeMode.EAGER);
        upload = new PhotoUpload("events", this::uploaded, this::refused);
        uploadError.addClassName("field-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);
        current.addClassName("event-photo-current");
        add(
                new H2(getTranslation("events.photo.title")),
                new Paragraph(getTranslation("events.photo.intro")),
                new Paragraph(getTranslation("events.photo.rules")),
                current,
                altText,
                upload,
                uploadError);
        show(photos.photo(event));
    }

    private void show(Optional<EventPhoto> photo) {
        current.removeAll();
        photo.ifPresent(p -> {
            Image image = new Image(p.smallUrl(), p.altText());
            image.setWidth("160px");
            Button remove = new Button(getTranslation("events.photo.delete"), e -> {
                photos.remove(event);
                show(Optional.empty());
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            current.add(image, remove);
            altText.setValue(p.altText());
        });
    }

    void uploaded(byte[] bytes) {
        try {
            EventPhoto photo = photos.upload(event, bytes, altText.getValue());
            FieldErrors.clear(Map.of("altText", altText));
            uploadError.setVisible(false);
            upload.clearFileList();
            show(Optional.of(photo));
            Notification.show(getTranslation("events.photo.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            upload.clearFileList();
            if (e.errors().stream().anyMatch(f -> f.field().equals("altText"))) {
                FieldErrors.show(e, Map.of("altText", altText), this);
                uploadError.setVisible(false);
            } else {
                refused(getTranslation(e.errors().getFirst().messageKey()));
            }
        }
    }

    private void refused(String message) {
        upload.clearFileList();
        uploadError.setText(message);
        uploadError.setVisible(true);
    }
}
