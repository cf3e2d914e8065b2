package se.brobygge.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.places.PlaceTestData.details;
import static se.brobygge.places.PlaceTestData.jpeg;
import static se.brobygge.places.PlaceTestData.signIn;
import static se.brobygge.places.PlaceTestData.uniqueName;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;

/** Uploaded photos are checked by content, re-encoded without metadata, and served to everyone. */
@IntegrationTest
class PlacePhotoIT {

    @LocalServerPort
    int port;

    @Autowired
    PlaceService places;

    @Autowired
    PlacePhotoService photos;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Place publishedPlace() {
        signIn(accounts.create("Lina", Roles.STAFF), Roles.STAFF);
        return places.create(details(uniqueName("Fotoplatsen"), "Centrum"));
    }

    @Test
    void aJpegWithExifAndGpsComesBackWithoutThem() throws Exception {
        Place place = publishedPlace();
        byte[] upload = PlaceTestData.withExif(jpeg(800, 600));
        assertThat(contains(upload, "Exif")).isTrue();
        assertThat(contains(upload, "GPS 55.6050N 13.0004E")).isTrue();

        PlacePhoto photo = photos.upload(place.id(), upload, "Entrén med ramp");
        signOut();

        HttpResponse<byte[]> response = get(photo.url());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400");
        byte[] served = response.body();
        assertThat(served).startsWith(0xFF, 0xD8, 0xFF);
        assertThat(contains(served, "Exif")).as("EXIF segment").isFalse();
        assertThat(contains(served, "GPS 55.6050N")).as("GPS text").isFalse();
        assertThat(hasMarker(served, 0xE1)).as("no APP1 segment at all").isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(places.find(place.id()).orElseThrow().photos())
                .extracting(PlacePhoto::altText)
                .containsExactly("Entrén med ramp");
    }

    @Test
    void aTextFileNamedJpgIsRefusedAndNothingIsSaved() {
        Place place = publishedPlace();
        byte[] text = "Det här är ingen bild, bara text i en fil som heter foto.jpg".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> photos.upload(place.id(), text, "Foto"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .containsExactly(
                                        new InvalidInputException.FieldError("photo", "places.error.photo.type")));
        assertThat(places.find(place.id()).orElseThrow().photos()).isEmpty();
        assertThat(new TranslationProvider().getTranslation("places.error.photo.type", Locale.forLanguageTag("sv")))
                .contains("Inget har sparats");
    }

    @Test
    void aLargePngIsScaledDownAndTooBigOrBrokenFilesAreRefused() throws Exception {
        Place place = publishedPlace();
        BufferedImage wide = new BufferedImage(3200, 1000, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(wide, "png", png);
        PlacePhoto photo = photos.upload(place.id(), png.toByteArray(), "Utsikt över hamnen");
        assertThat(photo.width()).isEqualTo(1600);
        assertThat(photo.height()).isEqualTo(500);

        byte[] tooBig = new byte[PlacePhotoService.MAX_BYTES + 1];
        tooBig[0] = (byte) 0xFF;
        tooBig[1] = (byte) 0xD8;
        tooBig[2] = (byte) 0xFF;
        assertThatThrownBy(() -> photos.upload(place.id(), tooBig, "Stor"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("places.error.photo.size"));
        byte[] broken = Arrays.copyOf(jpeg(100, 100), 40);
        assertThatThrownBy(() -> photos.upload(place.id(), broken, "Trasig"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("photo"));
        assertThatThrownBy(() -> photos.upload(place.id(), jpeg(10, 10), "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("altText"));
        assertThat(places.find(place.id()).orElseThrow().photos()).hasSize(1);
    }

    @Test
    void onlyStaffOrTheProposerOfAWaitingProposalAddPhotos() throws Exception {
        Place published = publishedPlace();
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        signIn(sara, Roles.RESIDENT);
        assertThatThrownBy(() -> photos.upload(published.id(), jpeg(10, 10), "Foto"))
                .isInstanceOf(AccessDeniedException.class);
        Place proposal = places.propose(details(uniqueName("Förslag med foto"), "Norrby"));
        PlacePhoto photo = photos.upload(proposal.id(), jpeg(20, 20), "Lokalen inifrån");

        signOut();
        assertThat(get(photo.url()).statusCode())
                .as("a proposal's photo is not public")
                .isEqualTo(404);
        assertThat(get("/images/places/999999999.jpg").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Whether the JPEG has a segment with this marker before its image data. */
    static boolean hasMarker(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int m = jpeg[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false; // start of scan: no more metadata segments
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
