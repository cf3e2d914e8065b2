package se.brobygge.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.AuthenticationRecorder;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestOidcProvider;

/** Login through a real OpenID Connect provider (mock-oauth2-server), the authorization-code flow. */
@IntegrationTest
class OidcLoginIT {

    @LocalServerPort
    int port;

    @Autowired
    AuthenticationRecorder recorder;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void userInTheStaffGroupGetsTheStaffRole() {
        String subject = "staff-" + UUID.randomUUID();
        String email = subject + "@brohamn.example";
        BrowserlessHttp browser = new BrowserlessHttp(port);
        String callback = authorize(browser, subject, email, List.of("brobygge-staff", "some-other-group"));

        HttpResponse<String> response = browser.get(callback);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(browser.base() + "/");
        Authentication login = lastLoginOf(subject);
        assertThat(login.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_STAFF")
                .doesNotContain("ROLE_ADMIN");
        assertThat(login.getPrincipal()).isInstanceOf(CurrentUser.AccountPrincipal.class);
        assertThat(accounts.findByEmail(email))
                .hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Lina Berg"));
    }

    @Test
    void userWithoutMappedGroupsIsAResident() {
        String subject = "resident-" + UUID.randomUUID();
        BrowserlessHttp browser = new BrowserlessHttp(port);
        String callback = authorize(browser, subject, subject + "@brohamn.example", List.of());
        assertThat(browser.get(callback).headers().firstValue("Location")).hasValue(browser.base() + "/");
        assertThat(lastLoginOf(subject).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_RESIDENT");
    }

    @Test
    void aChangeOfGroupsInTheProviderIsWrittenToTheAuditLogWhenItTakesEffect() {
        String subject = "groups-" + UUID.randomUUID();
        String email = subject + "@brohamn.example";
        loginThroughProvider(subject, email, List.of("brobygge-staff"));
        long account = accounts.findByEmail(email).orElseThrow().accountId().value();
        assertThat(roleChanges(account)).containsExactly("identity:oidc-roles:-->STAFF");

        loginThroughProvider(subject, email, List.of("brobygge-staff", "some-other-group"));
        assertThat(roleChanges(account)).as("the same roles again: nothing new").hasSize(1);

        loginThroughProvider(subject, email, List.of());
        assertThat(roleChanges(account))
                .containsExactly("identity:oidc-roles:-->STAFF", "identity:oidc-roles:STAFF->-");
        assertThat(lastLoginOf(subject).getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_RESIDENT");
        assertThat(jdbc.queryForList(
                        "select place from privacy_audit where subject_account_id = ?", String.class, account))
                .containsOnly("oidc-login:" + TestOidcProvider.ISSUER_ID);
    }

    private void loginThroughProvider(String subject, String email, List<String> groups) {
        BrowserlessHttp browser = new BrowserlessHttp(port);
        String callback = authorize(browser, subject, email, groups);
        assertThat(browser.get(callback).headers().firstValue("Location")).hasValue(browser.base() + "/");
    }

    private List<String> roleChanges(long account) {
        return jdbc.queryForList(
                "select what from privacy_audit where subject_account_id = ? and kind = 'ROLE_CHANGE' " + "order by id",
                String.class,
                account);
    }

    @Test
    void aTamperedStateIsRejected() {
        String subject = "tamper-" + UUID.randomUUID();
        String email = subject + "@brohamn.example";
        BrowserlessHttp browser = new BrowserlessHttp(port);
        String callback = authorize(browser, subject, email, List.of("brobygge-staff"));
        String tampered = callback.replaceAll("state=[^&]+", "state=forged-state-value");

        HttpResponse<String> response = browser.get(tampered);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
        assertThat(recorder.logins())
                .noneMatch(a ->
                        a.getPrincipal() instanceof OidcUser u && u.getSubject().equals(subject));
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theCallbackCannotBeReplayedInAnotherBrowser() {
        String subject = "replay-" + UUID.randomUUID();
        BrowserlessHttp victim = new BrowserlessHttp(port);
        String callback = authorize(victim, subject, subject + "@brohamn.example", List.of("brobygge-staff"));
        // an attacker who learns the callback URL has no authorization request in their session
        HttpResponse<String> response = new BrowserlessHttp(port).get(callback);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    /** Starts the login at Brobygge, lets the provider authenticate, and returns Brobygge's callback URL. */
    private String authorize(BrowserlessHttp browser, String subject, String email, List<String> groups) {
        HttpResponse<String> start = browser.get("/oauth2/authorization/" + TestOidcProvider.ISSUER_ID);
        assertThat(start.statusCode()).isEqualTo(302);
        String authorizeUrl = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorizeUrl)
                .startsWith(TestOidcProvider.issuer())
                .contains("state=")
                .contains("nonce=");

        TestOidcProvider.server()
                .enqueueCallback(new DefaultOAuth2TokenCallback(
                        TestOidcProvider.ISSUER_ID,
                        subject,
                        "JWT",
                        List.of("brobygge-test"),
                        Map.of("groups", groups, "email", email, "email_verified", true, "name", "Lina Berg"),
                        3600));
        HttpResponse<String> provider = browser.get(authorizeUrl);
        assertThat(provider.statusCode()).isEqualTo(302);
        String callback = provider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(browser.base() + "/login/oauth2/code/" + TestOidcProvider.ISSUER_ID);
        return callback;
    }

    private Authentication lastLoginOf(String subject) {
        return recorder.logins().reversed().stream()
                .filter(a ->
                        a.getPrincipal() instanceof OidcUser u && u.getSubject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No login recorded for " + subject));
    }
}
