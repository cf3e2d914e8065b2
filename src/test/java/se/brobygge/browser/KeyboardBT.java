package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.TestAccounts;

/** Login and registration work with the keyboard alone, and the focus is always visible. */
class KeyboardBT extends BrowserTest {

    @Test
    void loginWithTheKeyboardAlone() {
        TestAccounts.Created account = accounts.create("Erik", Roles.RESIDENT);
        Page page = newPage(Language.SWEDISH);
        open(page, "login");
        tabUntilFocused(page, "input[name=username]");
        assertFocusVisible(page);
        page.keyboard().type(account.email());
        page.keyboard().press("Tab");
        assertThat(focusedName(page)).isEqualTo("password");
        page.keyboard().type(TestAccounts.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(url(""));
        waitUntilIdle(page);
        assertThat(page.locator("vaadin-menu-bar").textContent()).contains("Erik");
    }

    @Test
    void registerWithTheKeyboardAlone() {
        Page page = newPage(Language.SWEDISH);
        open(page, "register");
        String email = TestAccounts.uniqueEmail("keyboard");
        tabUntilFocused(page, "vaadin-email-field input");
        assertFocusVisible(page);
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type("tangentbordet räcker gott");
        // the password field's reveal button comes next, then the display name
        tabUntilFocused(page, "vaadin-text-field input");
        page.keyboard().type("Tangent");
        tabUntilFocused(page, "vaadin-button");
        assertFocusVisible(page);
        page.keyboard().press("Enter");
        page.locator("h1", new Page.LocatorOptions().setHasText("Titta i din e-post"))
                .waitFor();
        assertThat(page.locator("main").textContent()).contains(email);
    }

    /** Presses Tab until the focused element matches the selector (at most 30 times). */
    private static void tabUntilFocused(Page page, String selector) {
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            Boolean matches = (Boolean) page.evaluate(
                    "sel => { let a = document.activeElement;"
                            + " while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                            + " return !!a && (a.matches(sel) || !!a.closest(sel)); }",
                    selector);
            if (Boolean.TRUE.equals(matches)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static String focusedName(Page page) {
        return String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.name"));
    }

    /** Vaadin marks keyboard focus with the focus-ring attribute, which Lumo draws as a ring. */
    private static void assertFocusVisible(Page page) {
        Boolean visible = (Boolean)
                page.evaluate(
                        "() => { let a = document.activeElement;"
                                + " for (let e = a; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {"
                                + "   if (e.hasAttribute && e.hasAttribute('focus-ring')) return true; }"
                                + " const s = a && getComputedStyle(a); return !!s && (s.outlineStyle !== 'none' || s.boxShadow !== 'none'); }");
        assertThat(visible).as("focus is visible").isTrue();
    }
}
