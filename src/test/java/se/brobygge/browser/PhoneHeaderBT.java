package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/**
 * The header on a phone: every control in it lies wholly inside the screen and works, signed out
 * (language, sign in) and signed in (notifications, account menu with profile, my data and sign
 * out), left to right and right to left.
 */
class PhoneHeaderBT extends BrowserTest {

    static Stream<Arguments> phones() {
        return Stream.of(Language.SWEDISH, Language.ARABIC)
                .flatMap(language -> Stream.of(320, 360).map(width -> Arguments.of(language, width)));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("phones")
    void signedOutTheLanguageSwitcherAndSignInAreOnScreenAndWork(Language language, int width) {
        Page page = newPage(language, width, 720);
        open(page, "");
        screenshot(page, "header-signed-out-" + language.code() + "-" + width);

        Locator languages = page.locator("vaadin-app-layout .app-header .language-switcher");
        Locator signIn = page.locator("vaadin-app-layout .app-header .login-button");
        assertInside(page, languages, "language switcher", width);
        assertInside(page, signIn, "sign-in button", width);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("page width")
                .isEqualTo(width);

        languages.click();
        Locator options = page.locator("vaadin-select-item");
        options.first().waitFor();
        page.waitForTimeout(500); // the list slides in from below on a phone
        for (Locator option : options.all()) {
            // the list is a sheet over the page: its box is checked here, the click below proves it works
            assertInside(page, option, "language " + option.textContent().strip(), width, false);
        }
        options.filter(new Locator.FilterOptions().setHasText("English")).click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        waitUntilIdle(page);
        assertInside(page, languages, "language switcher in English", width);
        assertInside(page, signIn, "sign-in button in English", width);

        signIn.click();
        page.waitForURL(url("login"));
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("phones")
    void signedInTheBellAndEveryAccountMenuItemAreOnScreenAndWork(Language language, int width) {
        Page page = newPage(language, width, 720);
        signIn(page, "Kristina Långnamnsdotter-Abdulrahman", Roles.RESIDENT);
        screenshot(page, "header-signed-in-" + language.code() + "-" + width);

        Locator bell = page.locator("vaadin-app-layout .app-header .notification-bell");
        Locator account = accountMenu(page);
        assertInside(
                page, page.locator("vaadin-app-layout .app-header .language-switcher"), "language switcher", width);
        assertInside(page, bell, "notification bell", width);
        assertInside(page, account, "account menu", width);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth"))
                .as("page width")
                .isEqualTo(width);

        account.click();
        page.waitForTimeout(300); // the menu's opening animation ends before anything is measured
        String[] items = language == Language.ARABIC
                ? new String[] {"ملفي الشخصي", "بياناتي", "تسجيل الخروج"}
                : new String[] {"Min profil", "Mina uppgifter", "Logga ut"};
        for (String item : items) {
            Locator entry = menuItem(page, item);
            entry.waitFor();
            assertInside(page, entry, "account menu item " + item, width);
        }
        screenshot(page, "header-account-menu-" + language.code() + "-" + width);
        menuItem(page, items[1]).click();
        page.waitForURL(url("my-data"));
        waitUntilIdle(page);

        accountMenu(page).click();
        menuItem(page, items[2]).click();
        page.waitForURL(url(""));
        waitUntilIdle(page);
        assertInside(
                page,
                page.locator("vaadin-app-layout .app-header .login-button"),
                "sign-in button after signing out",
                width);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("phones")
    void signedInTheBellOpensTheNotifications(Language language, int width) {
        Page page = newPage(language, width, 720);
        signIn(page, "Rami Klocka", Roles.RESIDENT);
        page.locator("vaadin-app-layout .app-header .notification-bell").click();
        page.waitForURL(url("notifications"));
    }

    /** The account menu's button; whatever the menu bar shows, the person must be able to open it. */
    private static Locator accountMenu(Page page) {
        return page.locator("vaadin-app-layout .app-header vaadin-menu-bar vaadin-menu-bar-button:visible")
                .first();
    }

    private static Locator menuItem(Page page, String text) {
        return page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText(text));
    }

    /** The whole control is on screen: a person can see it and tap it. */
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("phones")
    void theStartPagesLanguagesAreInViewWithoutAMenuAndOneTapSwitches(Language language, int width) {
        Page page = newPage(language, width, 720);
        open(page, "");
        Locator choices = page.locator(".start-languages button");
        assertThat(choices.allTextContents())
                .containsExactly("Svenska", "English", "العربية", "دری", "Soomaali", "ትግርኛ", "Українська");
        for (Locator choice : choices.all()) {
            assertInside(page, choice, "language " + choice.textContent(), width);
        }
        screenshot(page, "start-languages-" + language.code() + "-" + width);
        Language other = language == Language.ARABIC ? Language.SWEDISH : Language.ARABIC;
        choices.filter(new Locator.FilterOptions().setHasText(other.nativeName()))
                .click();
        page.waitForFunction("lang => document.documentElement.lang === lang", other.code());
        waitUntilIdle(page);
        assertThat(page.locator(".start-languages button[aria-current=true]").textContent())
                .isEqualTo(other.nativeName());
    }

    private static void assertInside(Page page, Locator control, String what, int width) {
        assertInside(page, control, what, width, true);
    }

    private static void assertInside(Page page, Locator control, String what, int width, boolean onTop) {
        assertThat(control.count()).as(what + " exists").isPositive();
        assertThat(control.first().isVisible()).as(what + " visible").isTrue();
        BoundingBox box = control.first().boundingBox();
        assertThat(box).as(what + " has a box").isNotNull();
        assertThat(List.of(box.x, box.x + box.width))
                .as(what + " from %.0f to %.0f px, screen %d px wide", box.x, box.x + box.width, width)
                .allSatisfy(x -> assertThat(x).isBetween(-0.5, width + 0.5));
        assertThat(box.width).as(what + " width").isGreaterThan(16);
        if (!onTop) {
            return;
        }
        // nothing covers it: the element at its centre is the control or inside it
        Object hit = control.first()
                .evaluate(
                        "el => { const r = el.getBoundingClientRect();"
                                + " let h = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                + " while (h && h.shadowRoot && h.shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) "
                                + "     && h.shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== h) "
                                + "   h = h.shadowRoot.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                                + " for (let n = h; n; n = n.parentNode || n.host) { if (n === el) return true; } return false; }");
        assertThat(hit).as(what + " is not covered by anything").isEqualTo(true);
    }
}
