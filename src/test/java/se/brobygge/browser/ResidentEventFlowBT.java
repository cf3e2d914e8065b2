package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** A resident finds an event by another form of a word, signs up, gets the code by mail, and cancels. */
class ResidentEventFlowBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Test
    void findSignUpGetTheCodeAndCancel() {
        GreenMail smtp = TestSmtp.start();
        String marker = "k" + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Föreningarnas språkcafé " + marker, 10)));

        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created amal = signIn(page, "Amal", Roles.RESIDENT);
        open(page, "events");
        page.getByLabel("Sök").fill("förening " + marker);
        page.getByText("1 evenemang").waitFor();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Föreningarnas språkcafé " + marker))
                .click();
        waitUntilIdle(page);
        page.locator("vaadin-button.signup-button").click();
        page.locator("vaadin-button.signup-cancel").waitFor();
        String shown = page.getByText("Du är anmäld. Din kod:").textContent();
        String code = shown.substring(shown.indexOf(':') + 1).trim();

        String mail = Mailbox.text(Mailbox.awaitOne(smtp, amal.email()));
        assertThat(mail).contains(code).contains("Föreningarnas språkcafé " + marker);

        // asked first; keeping the place changes nothing
        page.locator("vaadin-button.signup-cancel").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Behåll min plats"))
                .click();
        assertThat(page.getByText("Du är anmäld. Din kod:").isVisible()).isTrue();
        page.locator("vaadin-button.signup-cancel").click();
        page.getByText("Din plats kan gå till någon annan direkt.", new Page.GetByTextOptions().setExact(false))
                .waitFor();
        page.waitForTimeout(400); // the dialog fades in
        screenshot(page, "cancel-signup-confirm-sv");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Avanmäl mig").setExact(true))
                .last()
                .click();
        page.locator("vaadin-button.signup-button").waitFor();
        assertThat(page.getByText("Platser kvar: 10").isVisible()).isTrue();
        assertNoAxeViolations(page, "event page after cancelling");
    }
}
