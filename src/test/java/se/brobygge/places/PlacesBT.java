package se.brobygge.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

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
            Place created = places.create(PlaceTestData.details(PlaceTestData.uniqueName("Stadsbiblioteket"), "Centrum"));
            photos.upload(created.id(), PlaceTestData.jpeg(320, 200), "Bibliotekets entré med ramp");
            return created;
        });
    }

    @ParameterizedTest(name = "places pages in {0}")
    @EnumSource(value = Language.class, names = {"SWEDISH", "ENGLISH", "ARABIC"})
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
            if (!request.url().startsWith("http://localhost:" + port + "/") && !request.url().startsWith("data:")
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
}
