package se.brobygge.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.shared.i18n.Language;

/**
 * Browser tests: the application on a random port with its production frontend bundle, driven by
 * the system's Chromium through Playwright. On failure a screenshot and the page's HTML are saved
 * under {@code target/browser-failures/}.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserTest.SaveArtefactsOnFailure.class)
public abstract class BrowserTest {

    /** axe rules for WCAG 2.0/2.1 levels A and AA: any violation fails the test. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static Playwright playwright;
    private static Browser browser;
    private static Page current;

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestAccounts accounts;

    private BrowserContext context;
    private final List<String> cspViolations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium) && System.getenv("CI") == null) {
            // a newcomer without Chromium still gets a green build; CI (CI=true) installs it and never skips
            Assumptions.abort(
                    "Browser tests need Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM_PATH)");
        }
        if (playwright == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(chromium)
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run")));
        }
    }

    @AfterAll
    static void closePages() {
        // the browser itself stays for the next class; the JVM's end closes it
        if (current != null && !current.context().pages().isEmpty()) {
            current.context().close();
        }
        current = null;
    }

    /** Closes the previous test's browser context; kept open until now so failures can be saved. */
    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** A fresh browser (no cookies) with the given viewport, in a language. */
    protected Page newPage(Language language, int width, int height) {
        closeContext();
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setLocale(language.code()));
        context.addCookies(List.of(new Cookie("brobygge-lang", language.code())
                .setDomain("localhost")
                .setPath("/")));
        current = context.newPage();
        Page page = current;
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text() + " (on " + page.url() + ")");
            }
        });
        return current;
    }

    /**
     * Every page of every browser test runs under the production Content-Security-Policy (scripts
     * only with the page's nonce): whatever the policy blocked is a broken page.
     */
    @AfterEach
    void nothingWasBlockedByTheContentSecurityPolicy() {
        List<String> blocked = List.copyOf(cspViolations);
        cspViolations.clear();
        assertThat(blocked)
                .as("Content-Security-Policy violations in the browser console")
                .isEmpty();
    }

    protected Page newPage(Language language) {
        return newPage(language, 1280, 900);
    }

    /**
     * A first visit: a fresh browser that has never chosen a language here (no cookie), whose
     * {@code Accept-Language} header is the given one, as a phone set to that language sends it.
     */
    protected Page newFirstVisit(String acceptLanguage, int width, int height) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setExtraHTTPHeaders(Map.of("Accept-Language", acceptLanguage)));
        current = context.newPage();
        return current;
    }

    protected String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    /** Opens a route and waits until Vaadin has rendered it and is idle. */
    protected void open(Page page, String route) {
        page.navigate(url(route));
        waitUntilIdle(page);
    }

    protected static void waitUntilIdle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && document.querySelector('h1') !== null");
    }

    /**
     * Signs in through the real login form, typing like a person. The account's language is the
     * page's, because a signed-in person's own language wins over the browser's: an account in
     * Swedish would turn an Arabic page Swedish after login.
     */
    protected TestAccounts.Created signIn(Page page, String name, String... roles) {
        String language = page.context().cookies().stream()
                .filter(c -> "brobygge-lang".equals(c.name))
                .map(c -> c.value)
                .findFirst()
                .orElse("sv");
        TestAccounts.Created account = accounts.createIn(language, name, roles);
        signInAs(page, account);
        return account;
    }

    /** Signs in as an existing account through the real login form and waits for the start page. */
    protected void signInAs(Page page, TestAccounts.Created account) {
        open(page, "login");
        BrowserLogin.submit(page, account.email(), TestAccounts.PASSWORD);
        page.waitForURL(url(""));
        waitUntilIdle(page);
    }

    /** Runs axe on the page as it is and fails on any WCAG 2.1 A/AA violation, listing them. */
    protected static void assertNoAxeViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): "
                            + v.getHelp() + "\n    "
                            + v.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .limit(5)
                                    .collect(Collectors.joining("\n    ")))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError(
                    "axe found " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + what + ":\n" + report);
        }
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    protected static Path screenshot(Page page, String name) {
        Path file = Path.of("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    static class SaveArtefactsOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            Page page = current;
            if (page == null || page.isClosed()) {
                return;
            }
            try {
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName().replaceAll("[^A-Za-z0-9_-]+", "_");
                Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
                Path png = dir.resolve(name + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
                Path html = dir.resolve(name + ".html");
                Files.writeString(html, page.content(), StandardCharsets.UTF_8);
                System.err.println(
                        "Browser test failed; screenshot " + png.toAbsolutePath() + ", HTML " + html.toAbsolutePath());
            } catch (Exception e) {
                System.err.println("Could not save browser artefacts: " + e);
            }
        }
    }
}
