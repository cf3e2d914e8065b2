package se.brobygge.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhoto;
import se.brobygge.events.EventPhotoService;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * An event's photo: its organiser gives it in the editor with a description, it comes back
 * without metadata on the event's page and small in lists; a file that is no image is refused next
 * to the upload, and only the organiser or staff give one.
 */
class EventPhotoKT extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    EventEditingService editing;

    @Autowired
    EventPhotoService photos;

    private EventId newEvent(TestAccounts.Created staff) {
        return RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Fotocafé", 10)));
    }

    @Test
    void theOrganiserGivesAPhotoAndThePageShowsItWithoutItsMetadata() throws Exception {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        EventId id = newEvent(lina);
        UI.getCurrent().navigate("events/" + id.value() + "/edit");
        EventPhotoEditor editor = _get(EventPhotoEditor.class);
        editor.altText.setValue("Bord med kaffekoppar och en skylt: Språkcafé");
        editor.uploaded(PlaceTestData.withExif(PlaceTestData.jpeg(800, 600)));
        assertThat(editor.uploadError.isVisible()).isFalse();
        assertThat(_find(editor, Image.class))
                .extracting(i -> i.getAlt().orElse(""))
                .containsExactly("Bord med kaffekoppar och en skylt: Språkcafé");

        signOut();
        UI.getCurrent().navigate("events");
        UI.getCurrent().navigate("events/" + id.value());
        Image shown = _get(Image.class, spec -> spec.withClasses("event-photo"));
        assertThat(shown.getAlt()).hasValue("Bord med kaffekoppar och en skylt: Språkcafé");
        assertThat(shown.getSrc()).isEqualTo("/images/events/" + id.value() + ".jpg?v=1");
        assertThat(shown.getElement().getAttribute("width")).isEqualTo("800");

        byte[] served = get(shown.getSrc());
        assertThat(served).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(new String(served, StandardCharsets.ISO_8859_1))
                .as("no EXIF or GPS text")
                .doesNotContain("Exif")
                .doesNotContain("GPS 55.6050N");
        BufferedImage small =
                ImageIO.read(new ByteArrayInputStream(get("/images/events/" + id.value() + "-small.jpg?v=1")));
        assertThat(Math.max(small.getWidth(), small.getHeight()))
                .as("the small copy a list shows")
                .isEqualTo(192);
    }

    @Test
    void aFileThatIsNoImageIsRefusedNextToTheUploadAndThePhotoInPlaceStays() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        EventId id = newEvent(lina);
        EventPhoto first = photos.upload(id, PlaceTestData.jpeg(300, 200), "Entrén till biblioteket");
        UI.getCurrent().navigate("events/" + id.value() + "/edit");
        EventPhotoEditor editor = _get(EventPhotoEditor.class);

        editor.altText.setValue("En ny bild");
        editor.uploaded("ingen bild, bara text".getBytes(StandardCharsets.UTF_8));
        assertThat(editor.uploadError.isVisible()).isTrue();
        assertThat(editor.uploadError.getText()).contains("Inget har sparats");
        assertThat(photos.photo(id)).contains(first);

        editor.altText.setValue("   ");
        editor.uploaded(PlaceTestData.jpeg(300, 200));
        assertThat(editor.altText.isInvalid()).isTrue();
        assertThat(editor.altText.getErrorMessage()).isNotBlank();
        assertThat(photos.photo(id)).contains(first);
    }

    @Test
    void onlyTheOrganiserOrStaffGiveAnEventAPhoto() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId id = newEvent(lina);
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        assertThatThrownBy(() ->
                        RunAs.as(sara, Roles.RESIDENT, () -> photos.upload(id, PlaceTestData.jpeg(50, 50), "Min bild")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(photos.photo(id)).isEmpty();
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        return response.body();
    }
}
