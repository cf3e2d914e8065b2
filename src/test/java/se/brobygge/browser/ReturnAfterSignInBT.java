package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserLogin;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * On a phone, in Arabic: "log in to sign up" on an event leads back to the event after signing
 * in, and a person whose account is in Swedish is told once that the page now follows their
 * account, with one tap back to Arabic.
 */
class ReturnAfterSignInBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    AccountService accountService;

    @Test
    void signingInFromAnEventComesBackToItAndALanguageChangeIsSaidOnce() {
        TestAccounts.Created lina = accounts.create("Lina Berg", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé i hamnen", 12)));
        TestAccounts.Created erik = accounts.createIn("sv", "Erik Svensson", Roles.RESIDENT);

        Page page = newPage(Language.ARABIC, 360, 800);
        open(page, "events/" + event.value());
        page.locator("a.sign-in-link").click();
        page.waitForURL(url("login?next=%2Fevents%2F" + event.value()));
        waitUntilIdle(page);
        BrowserLogin.submit(page, erik.email(), TestAccounts.PASSWORD);
        page.waitForURL(url("events/" + event.value()));
        waitUntilIdle(page);
        assertThat(page.locator("h1").textContent()).isEqualTo("Språkcafé i hamnen");
        assertThat(page.locator("html").getAttribute("lang"))
                .as("the account's language")
                .isEqualTo("sv");

        Locator notice = page.getByText("Brobygge visas nu på svenska", new Page.GetByTextOptions().setExact(false));
        notice.waitFor();
        assertThat(notice.textContent()).contains("العربية");
        screenshot(page, "language-notice-sv-360");
        Locator keepArabic = page.locator("vaadin-button.language-notice-switch");
        assertThat(keepArabic.textContent()).startsWith("Använd").contains("العربية");
        assertThat(keepArabic.boundingBox().x + keepArabic.boundingBox().width)
                .as("on screen")
                .isLessThanOrEqualTo(360.5);
        keepArabic.click();
        page.waitForFunction("() => document.documentElement.lang === 'ar'");
        waitUntilIdle(page);
        assertThat(page.url()).isEqualTo(url("events/" + event.value()));
        assertThat(RunAs.as(
                        erik, Roles.RESIDENT, () -> accountService.myProfile().preferredLanguage()))
                .as("saved in the account")
                .isEqualTo("ar");

        open(page, "events");
        assertThat(page.getByText("Brobygge", new Page.GetByTextOptions().setExact(false))
                        .filter(new Locator.FilterOptions().setHasText("visas nu"))
                        .count())
                .as("said once")
                .isZero();
        screenshot(page, "after-language-notice-ar-360");
    }
}
