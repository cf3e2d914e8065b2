package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationLogoService;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhotoService;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * What a browser sees of the session and the security headers: on the application's pages, on
 * the files it serves (photos, logos, calendar files) and on an error.
 */
@IntegrationTest
class HttpSecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlaceService places;

    @Autowired
    PlacePhotoService photos;

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationLogoService associationLogos;

    @Autowired
    AssociationReviewService associationReview;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Test
    void theSessionIdChangesAtLoginAndTheOldOneIsDeadAfterLogout() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp browser = new BrowserlessHttp(port);
        browser.get("/login");
        String beforeLogin = browser.sessionId();
        assertThat(beforeLogin).isNotEmpty();
        assertThat(browser.login(amal.email(), TestAccounts.PASSWORD)).doesNotContain("error");
        String signedIn = browser.sessionId();
        assertThat(signedIn)
                .as("a new session id at login (no session fixation)")
                .isNotEqualTo(beforeLogin);
        assertThat(newSessionIdWhenUsing(signedIn))
                .as("the signed-in session is alive")
                .isNull();

        HttpResponse<String> page = browser.get("/");
        HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", csrf(page.body())));
        assertThat(logout.statusCode()).isBetween(200, 399);
        assertThat(newSessionIdWhenUsing(signedIn))
                .as("the old session id is unknown after logout")
                .isNotNull()
                .isNotEqualTo(signedIn);
    }

    @Test
    void aLoginFormSentFromAnotherSiteWithoutTheTokenSignsNobodyIn() {
        // login CSRF: another site makes the victim's browser sign in to the attacker's account
        TestAccounts.Created attacker = accounts.create("Angripare", Roles.RESIDENT);
        BrowserlessHttp victim = new BrowserlessHttp(port);
        victim.get("/");
        HttpResponse<String> forged =
                victim.postForm("/login", Map.of("username", attacker.email(), "password", TestAccounts.PASSWORD));
        assertThat(forged.headers().firstValue("Location").orElse(""))
                .as("back to the login page")
                .endsWith("/login?expired");
        assertThat(victim.get("/my-data").statusCode()).as("not signed in").isEqualTo(302);

        HttpResponse<String> page = victim.get("/login");
        assertThat(page.body()).contains("<meta name=\"_csrf_parameter\" content=\"_csrf\"");
        HttpResponse<String> withToken = victim.postForm(
                "/login",
                Map.of(
                        "username",
                        attacker.email(),
                        "password",
                        TestAccounts.PASSWORD,
                        "_csrf",
                        BrowserlessHttp.csrfToken(page.body())));
        assertThat(withToken.headers().firstValue("Location").orElse(""))
                .as("the login page's own form signs in")
                .startsWith(victim.base() + "/")
                .doesNotContain("/login");
        assertThat(victim.get("/my-data").statusCode()).isEqualTo(200);
    }

    @Test
    void formPostsWithoutTheTokenAreRefused() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp browser = new BrowserlessHttp(port);
        browser.login(amal.email(), TestAccounts.PASSWORD);
        assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/my-data").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void theAppShellCarriesTheSecurityHeadersAndHstsBehindTls() {
        HttpResponse<String> plain = new BrowserlessHttp(port).get("/");
        assertSecurityHeaders(plain);
        assertThat(plain.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> behindTls = get("/", Map.of("X-Forwarded-Proto", "https"));
        assertSecurityHeaders(behindTls);
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
    }

    @Test
    void scriptsRunOnlyFromThisOriginOrWithThePagesOwnNonce() {
        HttpResponse<String> first = new BrowserlessHttp(port).get("/");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = directive(policy, "script-src");
        assertThat(scripts).as("script-src").doesNotContain("'unsafe-inline'").contains("'self'");
        assertThat(directive(policy, "connect-src")).isEqualTo("connect-src 'self'");
        assertThat(policy).contains("form-action 'self'", "base-uri 'self'");
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]{20,})'").matcher(scripts);
        assertThat(nonce.find()).as("a nonce in " + scripts).isTrue();

        var page = Jsoup.parse(first.body());
        assertThat(page.getElementsByTag("script"))
                .as("scripts of the bootstrap page")
                .isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));

        String second = new BrowserlessHttp(port)
                .get("/")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow();
        assertThat(second).as("a new nonce for every page").doesNotContain(nonce.group(1));
    }

    @Test
    void actuatorResponsesCarryTheSameHeaders() {
        HttpResponse<String> health = get("/actuator/health", Map.of());
        assertThat(health.statusCode()).isEqualTo(200);
        assertSecurityHeaders(health);
        HttpResponse<String> metrics = get("/actuator/prometheus", Map.of());
        assertThat(metrics.statusCode()).isEqualTo(401);
        assertSecurityHeaders(metrics);
    }

    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith(name + " "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + policy));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureInProduction() throws IOException {
        HttpResponse<String> response = new BrowserlessHttp(port).get("/");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        // tests run on plain http; the application's own settings (no profile) demand https for the cookie
        Properties production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(production)
                .containsEntry("server.servlet.session.cookie.secure", "true")
                .containsEntry("server.servlet.session.cookie.http-only", "true")
                .containsEntry("server.servlet.session.cookie.same-site", "lax")
                .containsEntry("server.error.include-stacktrace", "never");
    }

    @Test
    void filesAreServedWithTheirTypeNoSniffingAndTheSecurityHeaders() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        PlaceId place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Fotohuset"), "Centrum"))
                        .id());
        long photo = RunAs.as(lina, Roles.STAFF, () -> photos.upload(place, PlaceTestData.jpeg(60, 40), "Entrén"))
                .id();
        HttpResponse<String> jpeg = get("/images/places/" + photo + ".jpg", Map.of());
        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(jpeg.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(jpeg.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("inline")
                .contains("filename=\"plats-foto-" + photo + ".jpg\"");
        assertSecurityHeaders(jpeg);

        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        AssociationId association =
                RunAs.as(sara, Roles.RESIDENT, () -> associations.register(SecurityTestData.association("Logga IF")));
        RunAs.run(lina, Roles.STAFF, () -> associationReview.verify(association));
        RunAs.as(sara, new String[] {Roles.RESIDENT, Roles.ASSOCIATION_REP}, () -> {
            associationLogos.uploadLogo(association, PlaceTestData.jpeg(80, 80));
            return null;
        });
        HttpResponse<String> png = get(AssociationLogoService.logoPath(association), Map.of());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertSecurityHeaders(png);

        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Kalenderkväll", 10)));
        HttpResponse<String> ics = get("/ics/events/" + event.value() + ".ics", Map.of());
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ics.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertSecurityHeaders(ics);
    }

    @Test
    void anErrorShowsNeitherStackTraceNorExceptionNorSql() {
        HttpResponse<String> error =
                get("/images/places/99999999999999999999999999.jpg", Map.of("Accept", "text/html"));
        assertThat(error.statusCode()).isBetween(400, 599);
        assertNothingInternal(error.body());
        assertSecurityHeaders(error);
        HttpResponse<String> json =
                get("/ics/events/99999999999999999999999999.ics", Map.of("Accept", "application/json"));
        assertThat(json.statusCode()).isBetween(400, 599);
        assertNothingInternal(json.body());
    }

    static void assertNothingInternal(String body) {
        assertThat(body)
                .doesNotContainPattern("(?i)exception")
                .doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.")
                .doesNotContain("se.brobygge")
                .doesNotContainPattern("(?i)\\bselect\\b.*\\bfrom\\b")
                .doesNotContain("NumberFormat")
                .doesNotContainPattern("(?i)\"trace\"");
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .as("CSP of " + response.uri())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options"))
                .as("nosniff of " + response.uri())
                .hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options"))
                .as(response.uri().toString())
                .hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy"))
                .as(response.uri().toString())
                .hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .as("Permissions-Policy of " + response.uri())
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
    }

    /** The session id the server hands out when a request comes with this one; null when it accepts it. */
    private String newSessionIdWhenUsing(String sessionId) {
        HttpResponse<String> response = get("/", Map.of("Cookie", "JSESSIONID=" + sessionId));
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> HttpCookie.parse(c).getFirst().getValue())
                .findFirst()
                .orElse(null);
    }

    private static String csrf(String html) {
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(csrf.find()).as("the page carries a CSRF token").isTrue();
        return csrf.group(1);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
