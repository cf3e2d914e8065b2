package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.PrivacyFixture;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.TestAccounts;

/** "My data" in a real browser: the export becomes ready by itself and downloads; deleting signs out. */
class MyDataBT extends BrowserTest {

    @Test
    void theExportBecomesReadyWithoutReloadingAndDownloads() throws Exception {
        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created me = signIn(page, "Nadia Export", Roles.RESIDENT);
        open(page, "my-data");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Samla mina uppgifter"))
                .click();

        Locator link = page.locator("a", new Page.LocatorOptions().setHasText("Ladda ner ZIP-filen"));
        link.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        Download download = page.waitForDownload(link::click);
        Map<String, String> files = PrivacyFixture.unzip(Files.readAllBytes(download.path()));
        assertThat(download.suggestedFilename()).startsWith("brobygge-my-data-").endsWith(".zip");
        assertThat(files.get("identity.json")).contains(me.email());
        assertThat(files.get("summary.txt")).contains("Dina uppgifter i Brobygge");
    }

    @Test
    void deletingMyAccountWithTheKeyboardSignsMeOut() {
        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created me = signIn(page, "Nils Delete", Roles.RESIDENT);
        open(page, "my-data");
        page.getByLabel("Skriv din e-postadress för att bekräfta").fill(me.email());
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        page.waitForURL(url("account-deleted"));
        waitUntilIdle(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Ditt konto är raderat");
        assertThat(page.locator("main").textContent()).contains("du är utloggad överallt");
        assertNoVaadinError(page);
        assertThat(page.locator(".login-button").isVisible()).isTrue();
        page.navigate(url("my-data"));
        page.waitForURL(url("login"));
    }

    @Test
    void deletingMyAccountInArabicConfirmsInArabicAndSignsMeOut() {
        Page page = newPage(Language.ARABIC, 360, 720);
        TestAccounts.Created me = signIn(page, "Samira Delete", Roles.RESIDENT);
        // Arabic is this person's own language, not only the browser's remembered choice
        page.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("brobygge-lang"));
        open(page, "my-data");
        page.getByLabel("اكتب بريدك الإلكتروني للتأكيد").fill(me.email());
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("حذف حسابي"))
                .click();

        page.waitForURL(url("account-deleted"));
        waitUntilIdle(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("تم حذف حسابك");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertNoVaadinError(page);
        assertThat(page.locator(".login-button").textContent()).contains("تسجيل الدخول");
        screenshot(page, "account-deleted-ar-360");
        open(page, "");
        assertThat(page.locator(".login-button").isVisible())
                .as("still signed out")
                .isTrue();
    }

    /** Vaadin's own English error box ("Internal error ...") must never show. */
    private static void assertNoVaadinError(Page page) {
        page.waitForTimeout(500);
        assertThat(page.locator(".v-system-error").count())
                .as("Vaadin's error box")
                .isZero();
        assertThat(page.locator("body").innerText()).doesNotContain("Internal error", "Session Expired");
    }
}
