package se.brobygge.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import se.brobygge.shared.upload.LimitedUpload;
import se.brobygge.shared.upload.Photos;

/**
 * The upload for one photo (of a place, of an event): JPEG, PNG or WebP up to {@link Photos#MAX_BYTES},
 * read in memory no further than the limit. Its texts are the module's {@code <module>.photo.upload},
 * {@code <module>.photo.drop} and {@code <module>.error.photo.size}.
 */
public class PhotoUpload extends Upload {

    public PhotoUpload(String module, SerializableConsumer<byte[]> received, SerializableConsumer<String> refused) {
        String tooLarge = module + ".error.photo.size";
        setUploadHandler(LimitedUpload.inMemory(Photos.MAX_BYTES, tooLarge, received, refused));
        setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        setMaxFileSize(Photos.MAX_BYTES);
        setMaxFiles(1);
        setUploadButton(new Button(getTranslation(module + ".photo.upload")));
        setDropLabel(new Span(getTranslation(module + ".photo.drop")));
        addFileRejectedListener(e -> refused.accept(getTranslation(tooLarge)));
    }
}
