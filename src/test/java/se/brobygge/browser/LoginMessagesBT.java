package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserLogin;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.TestAccounts;

/** What a person sees when a login fails: the reason, in their language. */
class LoginMessagesBT extends BrowserTest {

    @Test
    void sixthFailedAttemptShowsTheWaitAMinuteMessage() {
        TestAccounts.Created account = accounts.create("Erik", Roles.RESIDENT);
        Page page = newPage(Language.SWEDISH);
        for (int attempt = 1; attempt <= 5; attempt++) {
            submit(page, account.email(), "fel lösenord " + attempt);
            assertThat(page.getByText("E-postadressen eller lösenordet stämmer inte. Försök igen.")
                            .isVisible())
                    .isTrue();
        }
        submit(page, account.email(), TestAccounts.PASSWORD);
        page.getByText("För många misslyckade försök. Vänta en minut och försök sedan igen.")
                .waitFor();
        assertThat(page.url()).contains("/login");
    }

    @Test
    void wrongPasswordMessageInArabic() {
        TestAccounts.Created account = accounts.create("Amal", Roles.RESIDENT);
        Page page = newPage(Language.ARABIC);
        submit(page, account.email(), "كلمة خاطئة تماما");
        Locator form = page.locator("vaadin-login-form");
        assertThat(form.getAttribute("error")).isNotNull();
        assertThat(form.textContent()
                        + page.locator("vaadin-login-form-wrapper").textContent())
                .doesNotContain("E-postadressen eller lösenordet stämmer inte");
        assertNoAxeViolations(page, "login error (ar)");
    }

    @Test
    void aWrongPasswordOnAnUnconfirmedAccountSaysWhatItSaysForAnUnknownAddress() {
        TestAccounts.Created unconfirmed = accounts.createUnconfirmed("Hassan");
        Page page = newPage(Language.SWEDISH);
        submit(page, TestAccounts.uniqueEmail("okand"), "fel lösenord helt enkelt");
        String unknown = errorText(page);
        assertThat(unknown).contains("E-postadressen eller lösenordet stämmer inte. Försök igen.");

        submit(page, unconfirmed.email(), "fel lösenord helt enkelt");
        assertThat(errorText(page))
                .as("tells nothing about the account")
                .isEqualTo(unknown)
                .doesNotContain("bekräfta din e-postadress");
    }

    @Test
    void theRightPasswordOnAnUnconfirmedAccountAsksToConfirmTheAddress() {
        TestAccounts.Created unconfirmed = accounts.createUnconfirmed("Hassan");
        Page page = newPage(Language.SWEDISH);
        submit(page, unconfirmed.email(), TestAccounts.PASSWORD);
        page.getByText("Du behöver bekräfta din e-postadress först. Klicka på länken i mejlet vi skickade.")
                .waitFor();
        assertThat(page.url()).contains("/login");
    }

    /** The text of the login form's error message, as shown. */
    private static String errorText(Page page) {
        Locator message = page.locator("vaadin-login-form [part=error-message-description]")
                .first();
        message.waitFor();
        return message.innerText().strip();
    }

    private void submit(Page page, String email, String password) {
        open(page, "login");
        BrowserLogin.submit(page, email, password);
        page.waitForURL(url("login?error"));
        waitUntilIdle(page);
    }
}
