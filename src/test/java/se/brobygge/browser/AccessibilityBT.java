package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestEvents;

/** axe-core finds no WCAG 2.1 A/AA violation on any page, in every offered language. */
class AccessibilityBT extends BrowserTest {

    /** One browser context per language, visiting every public page in turn. */
    @ParameterizedTest(name = "public pages in {0}")
    @MethodSource("languages")
    void publicPagesHaveNoViolations(Language language) {
        Page page = newPage(language);
        for (String route : new String[] {
            "", "login", "register", "forgot-password", "accessibility", "events", "associations", "dialogues"
        }) {
            open(page, route);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
            assertNoAxeViolations(page, "/" + route + " (" + language.code() + ")");
        }
    }

    @ParameterizedTest(name = "signed-in pages in {0}")
    @MethodSource("languages")
    void signedInPagesHaveNoViolations(Language language) {
        Page page = newPage(language);
        signIn(page, "Anders Admin", Roles.RESIDENT, Roles.STAFF, Roles.ADMIN);
        for (String route : new String[] {
            "",
            "profile",
            "my-events",
            "staff",
            "staff/mail",
            "staff/events/new",
            "admin/accounts",
            "my-data",
            "admin/delete-account",
            "admin/audit"
        }) {
            open(page, route);
            assertNoAxeViolations(page, "/" + route + " as admin (" + language.code() + ")");
        }
    }

    @ParameterizedTest(name = "event page in {0}")
    @MethodSource("languages")
    void eventPageHasNoViolationsBeforeAndAfterSigningUp(Language language) {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé", 12)));
        Page page = newPage(language);
        open(page, "events/" + event.value());
        assertNoAxeViolations(page, "event page signed out (" + language.code() + ")");
        signIn(page, "Amal", Roles.RESIDENT);
        open(page, "events/" + event.value());
        page.locator("vaadin-button.signup-button").click();
        page.locator("vaadin-button.signup-cancel").waitFor();
        assertNoAxeViolations(page, "event page signed up (" + language.code() + ")");
        open(page, "events");
        // the virtual list draws its cards first and fills them with data a moment later
        page.waitForFunction("() => { const links = [...document.querySelectorAll('.event-card h2 a')];"
                + " return links.length > 0 && links.every(a => a.textContent.trim().length > 0); }");
        assertNoAxeViolations(page, "event list with events (" + language.code() + ")");
    }

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    /** Every offered language: all seven. */
    static Stream<Language> languages() {
        return Stream.of(Language.values());
    }

    @ParameterizedTest(name = "{0} is right-to-left")
    @EnumSource(
            value = Language.class,
            names = {"ARABIC", "DARI"})
    void rightToLeftLanguagesHaveTheNavigationOnTheRight(Language language) {
        Page page = newPage(language, 1280, 900);
        open(page, "");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
        var nav = page.locator("vaadin-side-nav").boundingBox();
        assertThat(nav.x).as("navigation on the right half").isGreaterThan(1280 / 2.0);
        if (language == Language.ARABIC) {
            assertThat(page.locator("h1").textContent()).isEqualTo("أهلًا بك في Brobygge");
        }
        screenshot(page, "start-" + language.code());
    }

    @Test
    void swedishIsLeftToRightWithTheNavigationOnTheLeft() {

        Page swedish = newPage(Language.SWEDISH, 1280, 900);
        open(swedish, "");
        assertThat(swedish.locator("html").getAttribute("dir")).isEqualTo("ltr");
        assertThat(swedish.locator("vaadin-side-nav").boundingBox().x).isLessThan(1280 / 2.0);
        screenshot(swedish, "start-sv");
    }
}
