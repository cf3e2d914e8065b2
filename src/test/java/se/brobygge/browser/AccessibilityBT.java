package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.Page;

import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/** axe-core finds no WCAG 2.1 A/AA violation on any page, in Swedish, English and Arabic. */
class AccessibilityBT extends BrowserTest {

    static Stream<Arguments> publicRoutes() {
        return Stream.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC).flatMap(language -> Stream.of(
                "", "login", "register", "forgot-password", "accessibility", "events", "associations", "dialogues")
                .map(route -> Arguments.of(route, language)));
    }

    @ParameterizedTest(name = "/{0} in {1}")
    @MethodSource("publicRoutes")
    void publicPagesHaveNoViolations(String route, Language language) {
        Page page = newPage(language);
        open(page, route);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
        assertNoAxeViolations(page, "/" + route + " (" + language.code() + ")");
    }

    @ParameterizedTest(name = "signed-in pages in {0}")
    @MethodSource("languages")
    void signedInPagesHaveNoViolations(Language language) {
        Page page = newPage(language);
        signIn(page, "Anders Admin", Roles.RESIDENT, Roles.STAFF, Roles.ADMIN);
        for (String route : new String[] {"", "profile", "staff", "staff/mail", "admin/accounts"}) {
            open(page, route);
            assertNoAxeViolations(page, "/" + route + " as admin (" + language.code() + ")");
        }
    }

    static Stream<Language> languages() {
        return Stream.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC);
    }

    @Test
    void arabicIsRightToLeftWithTheNavigationOnTheRight() {
        Page page = newPage(Language.ARABIC, 1280, 900);
        open(page, "");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
        var nav = page.locator("vaadin-side-nav").boundingBox();
        assertThat(nav.x).as("navigation on the right half").isGreaterThan(1280 / 2.0);
        assertThat(page.locator("h1").textContent()).isEqualTo("أهلًا بك في Brobygge");
        screenshot(page, "start-ar");

        Page swedish = newPage(Language.SWEDISH, 1280, 900);
        open(swedish, "");
        assertThat(swedish.locator("html").getAttribute("dir")).isEqualTo("ltr");
        assertThat(swedish.locator("vaadin-side-nav").boundingBox().x).isLessThan(1280 / 2.0);
        screenshot(swedish, "start-sv");
    }
}
