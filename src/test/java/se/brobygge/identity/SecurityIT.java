package se.brobygge.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.brobygge.identity.internal.DemoSignIn;
import se.brobygge.notifications.MailOutboxService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestPrincipal;

/** Access is checked in the services, whatever a view shows; and the web layer sends safe headers. */
@IntegrationTest
class SecurityIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    MailOutboxService outbox;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anonymousCallersCannotReadProfiles() {
        assertThatThrownBy(() -> accountService.myProfile())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void residentsCannotUseStaffOrAdminServices() {
        signInAs(accounts.create("Amal", Roles.RESIDENT), Roles.RESIDENT);
        assertThat(accountService.myProfile().displayName()).isEqualTo("Amal");
        assertThatThrownBy(() -> accountService.statistics()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.summary()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.search("a")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staffSeeStatisticsButCannotGrantRoles() {
        TestAccounts.Created resident = accounts.create("Erik", Roles.RESIDENT);
        signInAs(accounts.create("Lina", Roles.STAFF), Roles.STAFF);
        assertThat(accountService.statistics().accounts()).isPositive();
        assertThatThrownBy(() -> accountService.grantRole(resident.id(), Roles.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminGrantsRolesButCannotRemoveTheirOwnAdminRole() {
        TestAccounts.Created resident = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created admin = accounts.create("Anders", Roles.ADMIN);
        signInAs(admin, Roles.ADMIN);
        assertThat(accountService.grantRole(resident.id(), Roles.STAFF).roles()).contains(Roles.STAFF);
        assertThatThrownBy(() -> accountService.revokeRole(admin.id(), Roles.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.grantRole(resident.id(), Roles.ASSOCIATION_REP))
                .as("representation comes from an organisation, not a direct grant")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profileUpdatesAreValidatedAndOnlyTouchTheOwnAccount() {
        TestAccounts.Created other = accounts.create("Other", Roles.RESIDENT);
        TestAccounts.Created me = accounts.create("Me", Roles.RESIDENT);
        signInAs(me, Roles.RESIDENT);
        assertThatThrownBy(() -> accountService.updateMyProfile(new ProfileUpdate("X", "sv", Set.of(), "Atlantis")))
                .isInstanceOf(InvalidInputException.class);
        accountService.updateMyProfile(new ProfileUpdate("Nytt namn", "en", Set.of("sv", "ar"), "Norrby"));
        assertThat(accountService.myProfile().displayName()).isEqualTo("Nytt namn");
        signInAs(other, Roles.RESIDENT);
        assertThat(accountService.myProfile().displayName()).isEqualTo("Other");
    }

    @Test
    void demoSignInExistsOnlyInTheLocalRun() {
        assertThat(context.getBeanNamesForType(DemoSignIn.class)).isEmpty();
        HttpResponse<String> login = new BrowserlessHttp(port).get("/login");
        assertThat(login.body()).doesNotContain("demo-login").doesNotContain("Demo:");
    }

    @Test
    void pagesCarrySecurityHeadersAndAHttpOnlySessionCookie() {
        HttpResponse<String> response = new BrowserlessHttp(port).get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                .as("headers: " + response.headers().map())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void theFirstHtmlCarriesTheLanguageAndDirection() {
        BrowserlessHttp browser = new BrowserlessHttp(port);
        assertThat(browser.get("/").body())
                .containsPattern("<html[^>]*lang=\"sv\"")
                .containsPattern("<html[^>]*dir=\"ltr\"");
        HttpCookie language = new HttpCookie("brobygge-lang", "ar");
        language.setPath("/");
        language.setVersion(0);
        browser.cookies().getCookieStore().add(URI.create(browser.base() + "/"), language);
        assertThat(browser.get("/").body())
                .containsPattern("<html[^>]*lang=\"ar\"")
                .containsPattern("<html[^>]*dir=\"rtl\"");
    }

    @Test
    void aFirstVisitGetsTheBrowsersLanguageUntilAChoiceIsMade() {
        BrowserlessHttp phone = new BrowserlessHttp(port);
        assertThat(phone.get("/", Map.of("Accept-Language", "ar-SE,ar;q=0.9,sv;q=0.8"))
                        .body())
                .containsPattern("<html[^>]*lang=\"ar\"")
                .containsPattern("<html[^>]*dir=\"rtl\"");
        // a language Brobygge does not offer is passed over for the next one the browser accepts;
        // when none is offered the page is Swedish
        assertThat(new BrowserlessHttp(port)
                        .get("/", Map.of("Accept-Language", "de-DE,de;q=0.9,en;q=0.4"))
                        .body())
                .containsPattern("<html[^>]*lang=\"en\"");
        assertThat(new BrowserlessHttp(port)
                        .get("/", Map.of("Accept-Language", "de-DE,*;q=0.5"))
                        .body())
                .containsPattern("<html[^>]*lang=\"sv\"");
        // a choice made on the page (the cookie) wins over the browser
        HttpCookie chosen = new HttpCookie("brobygge-lang", "sv");
        chosen.setPath("/");
        chosen.setVersion(0);
        phone.cookies().getCookieStore().add(URI.create(phone.base() + "/"), chosen);
        assertThat(phone.get("/", Map.of("Accept-Language", "ar")).body()).containsPattern("<html[^>]*lang=\"sv\"");
    }

    private static void signInAs(TestAccounts.Created account, String... roles) {
        var authorities = Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new TestPrincipal(account.id(), account.displayName(), account.email()), null, authorities));
    }
}
