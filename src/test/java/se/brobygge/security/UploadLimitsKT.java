package se.brobygge.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * A 50 MB file sent straight to an upload field, around the browser's size check: the server stops
 * reading just past the field's limit (or reads nothing when the size is declared), says why in the
 * person's language, and saves nothing.
 */
class UploadLimitsKT extends KaribuTest {

    static final long FIFTY_MB = 50L * 1024 * 1024;
    /** What a reader may take beyond the limit in one go. */
    static final long READ_AHEAD = 64 * 1024;

    @Autowired
    PlaceService places;

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationReviewService associationReview;

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void aPlacePhotoOfFiftyMegabytesIsRefusedAfterReadingLittleMoreThanFive() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        Place place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Stora filens hus"), "Centrum")));
        UI.getCurrent().navigate("staff/places");
        @SuppressWarnings("unchecked")
        Grid<Place> grid = _get(Grid.class);
        grid.asSingleSelect().setValue(place);
        Upload upload = _get(Upload.class);
        String message = translations.getTranslation("places.error.photo.size", Locale.of("sv"));

        Body chunked = new Body(FIFTY_MB);
        UploadEvent event = send(upload, chunked, -1);
        assertThat(chunked.read)
                .as("bytes read of a body without a declared size")
                .isLessThanOrEqualTo(PlacePhotoService.MAX_BYTES + READ_AHEAD);
        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).isEqualTo(message).contains("5 MB");
        NotificationsKt.expectNotifications(message);

        Body declared = new Body(FIFTY_MB);
        UploadEvent second = send(upload, declared, FIFTY_MB);
        assertThat(declared.read)
                .as("a declared size over the limit is refused before reading")
                .isZero();
        assertThat(second.getRejectionMessage()).isEqualTo(message);
        assertThat(places.find(place.id()).orElseThrow().photos())
                .as("nothing saved")
                .isEmpty();
    }

    @Test
    void anAssociationLogoOfFiftyMegabytesIsRefusedAfterReadingLittleMoreThanTwo() {
        TestAccounts.Created sara = signIn("Sara", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        AssociationId id = RunAs.as(
                sara, Roles.RESIDENT, () -> associations.register(SecurityTestData.association("Stora loggan IF")));
        RunAs.run(lina, Roles.STAFF, () -> associationReview.verify(id));
        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        Upload upload = _get(Upload.class);

        Body chunked = new Body(FIFTY_MB);
        UploadEvent event = send(upload, chunked, -1);
        assertThat(chunked.read).isLessThanOrEqualTo(LogoImages.MAX_BYTES + READ_AHEAD);
        String message = translations.getTranslation("associations.validation.logoSize", Locale.of("sv"));
        assertThat(event.getRejectionMessage()).isEqualTo(message).contains("2 MB");
        NotificationsKt.expectNotifications(message);
    }

    /** Sends the body to the field's real upload handler as the browser's raw upload would. */
    private static UploadEvent send(Upload upload, Body body, long declaredLength) {
        UploadHandler handler = UploadKt.get_handler(upload);
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        HttpServletRequest raw = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }

            @Override
            public int getContentLength() {
                return (int) Math.min(Integer.MAX_VALUE, declaredLength);
            }

            @Override
            public String getMethod() {
                return "POST";
            }
        };
        UploadEvent event = new UploadEvent(
                new VaadinServletRequest(raw, current.getService()),
                VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(),
                "stor.jpg",
                declaredLength,
                "image/jpeg",
                upload.getElement(),
                null);
        try {
            handler.handleUploadRequest(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MockVaadin.clientRoundtrip(false);
        return event;
    }

    /** A JPEG-looking body of the given size that counts what the server reads of it. */
    static final class Body extends ServletInputStream {

        private final long size;
        long read;

        Body(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return read++ < 3 ? 0xFF : 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            Arrays.fill(b, off, off + n, (byte) 0);
            if (read == 0 && n >= 3) {
                b[off] = (byte) 0xFF;
                b[off + 1] = (byte) 0xD8;
                b[off + 2] = (byte) 0xFF;
            }
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() throws IOException {
            // nothing to release
        }
    }
}
