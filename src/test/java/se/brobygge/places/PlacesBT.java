package se.brobygge.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.TestAccounts;

/**
 * The meeting-place pages in a real browser: no axe violation in Swedish, English and Arabic, and
 * the map draws its markers on tiles served by the application itself (no request leaves the machine).
 */
class PlacesBT extends BrowserTest {

    @Autowired
    PlaceService places;

    @Autowired
    PlacePhotoService photos;

    private Place place;

    @BeforeEach
    void aPublishedPlaceWithAPhoto() {
        var lina = accounts.create("Lina", Roles.STAFF);
        place = PlaceTestData.as(lina, new String[] {Roles.STAFF}, () -> {
            Place created =
                    places.create(PlaceTestData.details(PlaceTestData.uniqueName("Stadsbiblioteket"), "Centrum"));
            photos.upload(created.id(), PlaceTestData.jpeg(320, 200), "Bibliotekets entré med ramp");
            return created;
        });
    }

    @ParameterizedTest(name = "places pages in {0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ENGLISH", "ARABIC"})
    void placePagesHaveNoViolations(Language language) {
        Page page = newPage(language);
        open(page, "places");
        page.locator("places-map .leaflet-marker-icon").first().waitFor();
        assertNoAxeViolations(page, "/places (" + language.code() + ")");
        screenshot(page, "places-" + language.code());

        open(page, "places/" + place.id());
        page.locator("img[alt='Bibliotekets entré med ramp']").waitFor();
        assertNoAxeViolations(page, "/places/" + place.id() + " (" + language.code() + ")");
        screenshot(page, "place-" + language.code());

        signIn(page, "Lina Berg", Roles.STAFF);
        open(page, "staff/places");
        assertNoAxeViolations(page, "/staff/places (" + language.code() + ")");
        screenshot(page, "staff-places-" + language.code());
    }

    @Test
    void theMapDrawsMarkersOnLocalTilesAndAMarkerOpensItsPlace() {
        Page page = newPage(Language.SWEDISH);
        List<String> outside = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (!request.url().startsWith("http://localhost:" + port + "/")
                    && !request.url().startsWith("data:")
                    && !request.url().startsWith("blob:")) {
                outside.add(request.url());
            }
        });
        open(page, "places");
        var marker = page.locator("places-map .leaflet-marker-icon[aria-label='" + place.name() + "']");
        marker.waitFor();
        page.locator("places-map img.leaflet-tile-loaded").first().waitFor();
        assertThat(page.locator("places-map .leaflet-marker-icon").count()).isGreaterThanOrEqualTo(1);
        assertThat(page.locator("places-map img.leaflet-tile").first().getAttribute("src"))
                .endsWith("/images/test-tile.png");
        assertThat(page.locator("places-map [role=region]").getAttribute("aria-label"))
                .startsWith("Karta över mötesplatserna");

        marker.focus();
        page.keyboard().press("Enter");
        page.waitForURL(url("places/" + place.id()));
        waitUntilIdle(page);
        assertThat(page.locator("h1").textContent()).isEqualTo(place.name());
        assertThat(outside).as("requests to other hosts").isEmpty();
    }

    @Test
    void staffUploadAPhotoWithAltTextAndATextFileNamedJpgIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("places-upload");
        Path photo = Files.write(dir.resolve("entre.jpg"), PlaceTestData.jpeg(640, 480));
        Path fake = Files.writeString(dir.resolve("inte-en-bild.jpg"), "bara text");

        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created staff = signIn(page, "Lina Berg", Roles.STAFF);
        open(page, "staff/places");
        // the grid lists every place other tests made too: bring this one's row into view first
        int row = PlaceTestData.as(
                staff,
                new String[] {Roles.STAFF},
                () -> places.all().stream().map(Place::id).toList().indexOf(place.id()));
        page.locator("vaadin-grid").first().evaluate("(grid, row) => grid.scrollToIndex(row)", row);
        page.locator("vaadin-grid-cell-content")
                .getByText(place.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Beskrivning av fotot").fill("Receptionen med låg disk");
        waitUntilIdle(page); // the text reaches the server before the file does, as when a person picks a file
        page.locator("vaadin-upload input[type=file]").setInputFiles(photo);
        page.locator(".place-photos img[alt='Receptionen med låg disk']").waitFor();

        page.getByLabel("Beskrivning av fotot").fill("Ingen bild");
        waitUntilIdle(page);
        page.locator("vaadin-upload input[type=file]").setInputFiles(fake);
        page.locator("vaadin-notification-card")
                .getByText("Filen är inte en bild i formatet JPEG, PNG eller WebP. Inget har sparats.")
                .waitFor();
        assertThat(places.find(place.id()).orElseThrow().photos())
                .extracting(PlacePhoto::altText)
                .containsExactlyInAnyOrder("Bibliotekets entré med ramp", "Receptionen med låg disk");
    }
}
