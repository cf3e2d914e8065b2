package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/**
 * On a phone whose connection goes away: Brobygge is installable (manifest in the page's head),
 * its service worker registers, and a page opened without a connection says so in the language
 * the person reads Brobygge in, right-to-left for Arabic (decision 0055).
 */
class OfflineBT extends BrowserTest {

    private static final Map<Language, String> NO_CONNECTION =
            Map.of(Language.SWEDISH, "Ingen anslutning", Language.ARABIC, "لا يوجد اتصال");

    private static final Map<Language, String> TRY_AGAIN =
            Map.of(Language.SWEDISH, "Försök igen", Language.ARABIC, "حاول مرة أخرى");

    @ParameterizedTest(name = "offline page in {0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void aPageOpenedWithoutAConnectionSaysSoInThePagesLanguage(Language language) {
        Page page = newPage(language, 360, 740);
        open(page, "");
        assertThat(page.locator("head link[rel=manifest]").getAttribute("href")).isEqualTo("manifest.webmanifest");
        assertThat(page.evaluate("() => document.querySelector('link[rel=manifest]').href"))
                .isEqualTo(url("manifest.webmanifest"));

        // the service worker registers and takes the page's language
        page.waitForFunction("() => navigator.serviceWorker && navigator.serviceWorker.controller !== null");
        assertThat(page.evaluate("async () => (await navigator.serviceWorker.ready).active.scriptURL"))
                .isEqualTo(url("sw.js"));
        waitForLanguageKnownToTheServiceWorker(page, language);

        page.context().setOffline(true);
        page.navigate(url("events"));
        page.locator("h1").waitFor();

        assertThat(page.locator("h1").textContent()).isEqualTo(NO_CONNECTION.get(language));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
        assertThat(page.url()).as("the address stays the page asked for").isEqualTo(url("events"));
        var retry = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TRY_AGAIN.get(language)));
        assertThat(retry.isVisible()).isTrue();
        assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth"))
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(360);
        assertNoAxeViolations(page, "offline page (" + language.code() + ")");
        screenshot(page, "offline-" + language.code() + "-360");

        // the connection comes back: trying again opens the page asked for
        page.context().setOffline(false);
        retry.click();
        waitUntilIdle(page);
        assertThat(page.url()).isEqualTo(url("events"));
        assertThat(page.locator("h1").textContent()).isNotEqualTo(NO_CONNECTION.get(language));
    }

    private static void waitForLanguageKnownToTheServiceWorker(Page page, Language language) {
        page.waitForFunction(
                "code => caches.match(new URL('offline/language-of-the-page', document.baseURI).href)"
                        + ".then(r => r ? r.text() : '').then(t => { window.__swLanguage = t; })"
                        + " && window.__swLanguage === code",
                language.code());
    }
}
