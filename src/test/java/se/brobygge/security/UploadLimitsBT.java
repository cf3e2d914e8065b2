package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlacePhoto;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Upload requests over the server's limit, sent with the signed-in person's session straight to
 * the photo field's upload address (as a script would, around the browser's size check), are
 * refused with 413 by the server, raw or multipart, and nothing is saved; a photo of normal size
 * sent the same way is taken.
 */
class UploadLimitsBT extends BrowserTest {

    static final int TWENTY_MB = 20 * 1024 * 1024;

    @Autowired
    PlaceService places;

    @Test
    void theServerRefusesUploadRequestsOverItsLimit() {
        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created lina = signIn(page, "Lina Berg", Roles.STAFF);
        Place place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Gränshuset"), "Centrum")));
        open(page, "staff/places");
        // the grid lists every place other tests made too: bring this one's row into view first
        int row = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.all().stream().map(Place::id).toList().indexOf(place.id()));
        page.locator("vaadin-grid").first().evaluate("(grid, row) => grid.scrollToIndex(row)", row);
        page.locator("vaadin-grid-cell-content")
                .getByText(place.name(), new Locator.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Beskrivning av fotot").fill("Entrén");
        waitUntilIdle(page);
        String target = page.locator("vaadin-upload").getAttribute("target");
        assertThat(target).contains("VAADIN/dynamic/resource");
        String address = url(target.startsWith("/") ? target.substring(1) : target);

        byte[] big = new byte[TWENTY_MB];
        System.arraycopy(PlaceTestData.jpeg(10, 10), 0, big, 0, 100);
        APIResponse raw = page.request()
                .post(
                        address,
                        RequestOptions.create()
                                .setHeader("Content-Type", "image/jpeg")
                                .setHeader("X-Filename", "stor.jpg")
                                .setData(big));
        assertThat(raw.status()).as("raw upload of 20 MB").isEqualTo(413);
        APIResponse multipart = page.request()
                .post(
                        address,
                        RequestOptions.create()
                                .setMultipart(
                                        FormData.create().set("file", new FilePayload("stor.jpg", "image/jpeg", big))));
        assertThat(multipart.status()).as("multipart upload of 20 MB").isEqualTo(413);
        assertThat(places.find(place.id()).orElseThrow().photos())
                .as("nothing saved")
                .isEmpty();

        APIResponse normal = page.request()
                .post(
                        address,
                        RequestOptions.create()
                                .setHeader("Content-Type", "image/jpeg")
                                .setHeader("X-Filename", "entre.jpg")
                                .setData(PlaceTestData.jpeg(640, 480)));
        assertThat(normal.status())
                .as("a photo of normal size at the same address")
                .isEqualTo(200);
        page.locator(".place-photos img[alt='Entrén']").waitFor();
        assertThat(places.find(place.id()).orElseThrow().photos())
                .extracting(PlacePhoto::altText)
                .containsExactly("Entrén");
    }
}
