package se.brobygge.shared.upload;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An in-memory upload that reads at most {@code maxBytes}: Vaadin's {@code UploadHandler.inMemory}
 * reads the whole body before anyone can look at its size, so a 50 MB file sent around the
 * browser's check sat in memory for seconds before being refused. Here a declared size over the
 * limit is refused before reading, and a body without one is read only to one byte past the limit.
 * A refused file gets the translated message (also in the HTTP answer, 422), and nothing of it
 * reaches {@code received}.
 */
public final class LimitedUpload implements UploadHandler {

    /** Room for the multipart envelope around one file. */
    static final long ENVELOPE = 64 * 1024;

    private final int maxBytes;
    private final String tooLargeKey;
    private final SerializableConsumer<byte[]> received;
    private final SerializableConsumer<String> refused;

    private LimitedUpload(
            int maxBytes,
            String tooLargeKey,
            SerializableConsumer<byte[]> received,
            SerializableConsumer<String> refused) {
        this.maxBytes = maxBytes;
        this.tooLargeKey = tooLargeKey;
        this.received = received;
        this.refused = refused;
    }

    /**
     * @param tooLargeKey translation key of the message for a file over the limit
     * @param received    gets the file's bytes, in the UI's thread
     * @param refused     gets the translated message when the file was too large, in the UI's thread
     */
    public static LimitedUpload inMemory(
            int maxBytes,
            String tooLargeKey,
            SerializableConsumer<byte[]> received,
            SerializableConsumer<String> refused) {
        return new LimitedUpload(maxBytes, tooLargeKey, received, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, ui);
            return;
        }
        ui.access(() -> received.accept(bytes));
    }

    private void refuse(UploadEvent event, UI ui) {
        String message = ui.getTranslation(tooLargeKey);
        event.reject(message);
        ui.access(() -> refused.accept(message));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
