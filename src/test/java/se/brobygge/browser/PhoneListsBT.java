package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhotoService;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Lists on a 360 px phone, as a newcomer meets them: the events come first, the filters wait
 * behind one "Filter" button that says how many are set, and each event says where (place and
 * area), when, in which languages and how many seats are left, with its small photo. On a wide
 * screen the filters stand open without the button.
 */
class PhoneListsBT extends BrowserTest {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 740;

    record Expected(String filterOne, String filterOneLabel, String arabic, String open) {}

    private static final Map<Language, Expected> EXPECTED = Map.of(
            Language.SWEDISH, new Expected("Filter (1)", "Filter, 1 valda", "arabiska", "Filter"),
            Language.ARABIC, new Expected("تصفية (1)", "التصفية، 1 محددة", "العربية", "تصفية"));

    @Autowired
    EventEditingService editing;

    @Autowired
    EventPhotoService photos;

    @Autowired
    PlaceService places;

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void theEventsComeFirstEachSayingWhereWhenInWhichLanguageWithItsPhoto(Language language) {
        Expected expected = EXPECTED.get(language);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        String title = "Bildcafé " + UUID.randomUUID().toString().substring(0, 8);
        Place place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Biblioteket"), "Norrby")));
        // in two days, so it is also among this week's events on the start page
        LocalDateTime start = LocalDateTime.now().plusDays(2).withHour(18).truncatedTo(ChronoUnit.HOURS);
        EventDraft draft = TestEvents.draft(title, 12).toBuilder()
                .placeId(place.id())
                .onlineUrl(null)
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .build();
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(draft));
        RunAs.as(
                lina,
                Roles.STAFF,
                () -> photos.upload(id, PlaceTestData.jpeg(640, 480), "Fikabord med koppar och en skylt"));

        Page page = newPage(language, WIDTH, HEIGHT);
        open(page, "events?q=" + title.replace(' ', '+'));
        Locator toggle = page.locator(".events-view .filter-toggle");
        assertThat(toggle.isVisible()).as("the Filter button").isTrue();
        assertThat(toggle.textContent().strip())
                .as("the button counts the search")
                .isEqualTo(expected.filterOne());
        assertThat(toggle.getAttribute("aria-label")).isEqualTo(expected.filterOneLabel());
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.locator(".events-view .filter-fields").isVisible())
                .as("the filters wait behind the button")
                .isFalse();

        Locator card = page.locator(".event-card").filter(new Locator.FilterOptions().setHasText(title));
        card.waitFor();
        BoundingBox box = card.boundingBox();
        assertThat(box.y + box.height).as("the event is on the first screen").isLessThanOrEqualTo(HEIGHT);
        assertThat(card.locator(".event-where").textContent())
                .as("where")
                .contains(place.name())
                .contains("Norrby");
        assertThat(card.locator(".event-languages").textContent())
                .as("languages")
                .contains(expected.arabic());
        Locator picture = card.locator(".card-picture");
        assertThat(picture.isVisible()).as("the small photo").isTrue();
        assertThat(picture.getAttribute("aria-label")).isEqualTo("Fikabord med koppar och en skylt");
        String background = (String) picture.evaluate("p => getComputedStyle(p).backgroundImage");
        assertThat(background).contains("/images/events/" + id.value() + "-small.jpg");
        assertThat(page.request()
                        .get(url("images/events/" + id.value() + "-small.jpg?v=1"))
                        .status())
                .isEqualTo(200);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing scrolls sideways")
                .isEqualTo(WIDTH);
        screenshot(page, "events-" + language.code() + "-" + WIDTH);

        toggle.click();
        page.locator(".events-view .filter-fields").waitFor();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.locator(".events-view .filter-fields vaadin-text-field input")
                        .first()
                        .inputValue())
                .isEqualTo(title);
        screenshot(page, "events-filters-" + language.code() + "-" + WIDTH);

        card.locator("h2 a").click();
        page.waitForURL(url("events/" + id.value()));
        waitUntilIdle(page);
        Locator photo = page.locator("img.event-photo");
        photo.waitFor();
        assertThat(photo.getAttribute("alt")).isEqualTo("Fikabord med koppar och en skylt");
        page.waitForFunction("img => img.complete && img.naturalWidth === 640", photo.elementHandle());
        assertThat(photo.boundingBox().width).as("the photo fits the phone").isLessThanOrEqualTo(WIDTH);
        screenshot(page, "event-" + language.code() + "-" + WIDTH);

        open(page, "");
        screenshot(page, "start-week-" + language.code() + "-" + WIDTH);
    }

    record Upload(String altLabel, String refused, String notFound) {}

    private static final Map<Language, Upload> UPLOAD = Map.of(
            Language.SWEDISH,
            new Upload(
                    "Beskrivning av fotot",
                    "Filen är inte en bild i formatet JPEG, PNG eller WebP. Inget har sparats.",
                    "Sidan finns inte"),
            Language.ARABIC,
            new Upload(
                    "وصف الصورة", "الملف ليس صورة بصيغة JPEG أو PNG أو WebP. لم يُحفظ أي شيء.", "الصفحة غير موجودة"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void onAPhoneTheOrganiserGivesAPhotoAWrongFileIsExplainedAndOthersCannotEdit(Language language) throws Exception {
        Upload expected = UPLOAD.get(language);
        Path dir = Files.createTempDirectory("event-photo");
        Path photo = Files.write(dir.resolve("kafe.jpg"), PlaceTestData.jpeg(640, 480));
        Path fake = Files.writeString(dir.resolve("inte-en-bild.jpg"), "bara text");
        Page page = newPage(language, WIDTH, HEIGHT);
        TestAccounts.Created lina = signIn(page, "Lina", Roles.STAFF);
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Fotocafé", 12)));
        open(page, "events/" + id.value() + "/edit");

        page.getByLabel(expected.altLabel()).fill("Fikabord vid fönstret");
        waitUntilIdle(page); // the text reaches the server before the file does, as when a person picks a file
        page.locator(".event-photo-editor vaadin-upload input[type=file]").setInputFiles(fake);
        Locator refused = page.locator(".event-photo-editor .field-error");
        refused.waitFor();
        assertThat(refused.textContent()).isEqualTo(expected.refused());
        assertThat(refused.getAttribute("role")).isEqualTo("alert");
        refused.scrollIntoViewIfNeeded();
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing scrolls sideways")
                .isEqualTo(WIDTH);
        screenshot(page, "event-photo-refused-" + language.code() + "-" + WIDTH);

        page.locator(".event-photo-editor vaadin-upload input[type=file]").setInputFiles(photo);
        page.locator(".event-photo-current img[alt='Fikabord vid fönstret']").waitFor();
        assertThat(refused.isVisible())
                .as("the refusal goes once a photo is saved")
                .isFalse();
        screenshot(page, "event-photo-saved-" + language.code() + "-" + WIDTH);

        Page other = newPage(language, WIDTH, HEIGHT);
        signIn(other, "Amal", Roles.RESIDENT);
        other.navigate(url("events/" + id.value() + "/edit"));
        other.getByText(expected.notFound()).first().waitFor();
        assertThat(other.locator(".event-photo-editor").count())
                .as("a resident gets no editor")
                .isZero();
        screenshot(other, "event-edit-resident-" + language.code() + "-" + WIDTH);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void associationsAndPlacesKeepTheirFiltersBehindTheButtonOnAPhone(Language language) {
        Expected expected = EXPECTED.get(language);
        Page page = newPage(language, WIDTH, HEIGHT);
        for (String route : new String[] {"associations", "places"}) {
            open(page, route);
            Locator toggle = page.locator("." + route + "-view .filter-toggle");
            Locator fields = page.locator("." + route + "-view .filter-fields");
            assertThat(toggle.textContent().strip()).as(route).isEqualTo(expected.open());
            assertThat(fields.isVisible()).as(route + ": filters folded").isFalse();
            toggle.click();
            fields.waitFor();
            assertThat(toggle.getAttribute("aria-expanded")).as(route).isEqualTo("true");
            screenshot(page, route + "-filters-" + language.code() + "-" + WIDTH);
            toggle.click();
            page.waitForFunction("f => getComputedStyle(f).display === 'none'", fields.elementHandle());
            assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                    .as(route + ": nothing scrolls sideways")
                    .isEqualTo(WIDTH);
        }
    }

    @Test
    void onAWideScreenTheFiltersStandOpenWithoutTheButton() {
        Page page = newPage(Language.SWEDISH, 1280, 900);
        for (String route : new String[] {"events", "associations", "places"}) {
            open(page, route);
            assertThat(page.locator("." + route + "-view .filter-toggle").isVisible())
                    .as(route)
                    .isFalse();
            assertThat(page.locator("." + route + "-view .filter-fields").isVisible())
                    .as(route)
                    .isTrue();
        }
    }
}
