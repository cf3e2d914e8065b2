package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/**
 * WCAG 2.2.1 Timing Adjustable: before an idle session ends the user is warned and can extend it.
 * Runs with a six-second idle limit and a three-second warning.
 */
class SessionTimeoutBT extends BrowserTest {

    @Autowired
    SessionPolicy policy;

    private Duration idle;
    private Duration warning;

    @BeforeEach
    void shortLimits() {
        idle = policy.idleTimeout();
        warning = policy.warningBefore();
        policy.change(Duration.ofSeconds(6), Duration.ofSeconds(3));
    }

    @AfterEach
    void normalLimits() {
        policy.change(idle, warning);
    }

    @Test
    void idleUserIsWarnedCanStayAndIsSignedOutWhenNotAnswering() {
        Page page = newPage(Language.SWEDISH);
        signIn(page, "Noor", Roles.RESIDENT);
        Locator warning = page.getByText("Är du kvar?");
        warning.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog.count()).isPositive();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fortsätt"))
                .click();
        warning.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.locator("vaadin-menu-bar").textContent())
                .as("still signed in")
                .contains("Noor");

        // the next warning goes unanswered: signed out
        warning.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in"))
                .waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        assertThat(page.locator("vaadin-menu-bar").count())
                .as("no user menu after sign-out")
                .isZero();
    }

    @Test
    void theWarningIsAccessible() {
        Page page = newPage(Language.ARABIC);
        open(page, "register");
        page.getByText("هل ما زلت هنا؟").waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        assertNoAxeViolations(page, "session warning (ar)");
    }
}
