package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/** A mistyped address says "page not found" in the visitor's language, signed in or not; never a login page. */
class NotFoundBT extends BrowserTest {

    @Test
    void aVisitorWhoIsNotSignedInReadsPageNotFoundInArabic() {
        Page page = newPage(Language.ARABIC, 360, 720);
        Response response = page.navigate(url("does-not-exist"));
        waitUntilIdle(page);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.url()).isEqualTo(url("does-not-exist"));
        assertThat(page.locator("h1").textContent()).isEqualTo("الصفحة غير موجودة");
        assertThat(page.locator(".app-header .login-button").isVisible()).isTrue();
        // the browser's own "connection lost" line speaks the page's language too
        assertThat(page.evaluate("() => window.Vaadin.connectionIndicator.reconnectingText"))
                .isEqualTo("انقطع الاتصال، جارٍ محاولة إعادة الاتصال …");
        screenshot(page, "not-found-ar-360");
        assertNoAxeViolations(page, "page not found (ar)");
    }

    @Test
    void aSignedInPersonReadsPageNotFoundToo() {
        Page page = newPage(Language.SWEDISH);
        signIn(page, "Vilse Persson", Roles.RESIDENT);
        Response response = page.navigate(url("finns-inte"));
        waitUntilIdle(page);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Sidan finns inte");
        assertThat(page.locator(".app-header .user-menu").isVisible())
                .as("the header, to go on from here")
                .isTrue();
    }
}
