package se.brobygge.support;

import com.microsoft.playwright.Page;

/** The login form in a real browser, typed into like a person does. */
public final class BrowserLogin {

    private BrowserLogin() {}

    /** Fills the open login form with this address and password and submits it; the caller waits for the outcome. */
    public static void submit(Page page, String email, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(email);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }
}
