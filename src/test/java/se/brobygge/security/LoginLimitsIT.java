package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.identity.Roles;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;

/**
 * Failed logins through the real login form are limited per account however its address is
 * spelt, per client address across accounts, and in the whole application. Each test comes from
 * its own client addresses, so the allowance of the tests' own address (127.0.0.1) is not touched.
 * (Five failures on one address, and the message: LocalAccountFlowKT, LoginMessagesBT.)
 */
@IntegrationTest
class LoginLimitsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RateLimits limits;

    /** The address with its first letter (the u of "user-…") written another way the database sees as the same. */
    private static String spelling(String email, int variant) {
        String[] u = {"ú", "ù", "û", "ü", "Ú", "Ü", "ū", "Û", "U"};
        assertThat(email).startsWith("u");
        return u[variant % u.length] + email.substring(1);
    }

    private BrowserlessHttp browser() {
        return new BrowserlessHttp(port, BrowserlessHttp.newClientAddress());
    }

    private static boolean signedIn(BrowserlessHttp browser) {
        return browser.get("/my-data").statusCode() == 200;
    }

    @Test
    void anotherSpellingOfTheAddressGetsNoAllowanceOfItsOwn() {
        TestAccounts.Created olle = accounts.create("Olle", Roles.RESIDENT);
        BrowserlessHttp first = browser();
        assertThat(first.login(spelling(olle.email(), 0), TestAccounts.PASSWORD))
                .as("the address is found whatever its accents and case")
                .isEqualTo(first.base() + "/");

        TestAccounts.Created alice = accounts.create("Alice", Roles.RESIDENT);
        int allowance = limits.limit("login").capacity();
        BrowserlessHttp guesser = browser();
        for (int attempt = 0; attempt <= allowance; attempt++) {
            assertThat(guesser.login(spelling(alice.email(), attempt), "fel lösenord " + attempt))
                    .endsWith("/login?error");
        }
        assertThat(guesser.login(spelling(alice.email(), allowance + 1), TestAccounts.PASSWORD))
                .as("the right password through yet another spelling is refused too")
                .endsWith("/login?error");
        assertThat(signedIn(guesser)).isFalse();
    }

    @Test
    void oneClientAddressGetsOnlySoManyFailedLoginsWhateverTheAccounts() {
        String address = BrowserlessHttp.newClientAddress();
        BrowserlessHttp guesser = new BrowserlessHttp(port, address);
        String token = BrowserlessHttp.csrfToken(guesser.get("/login").body());
        int allowance = limits.limit("login-client").capacity();
        for (int attempt = 0; attempt < allowance; attempt++) {
            // one common password tried against many addresses: each address alone stays under its limit
            var response = guesser.postForm(
                    "/login",
                    Map.of("username", TestAccounts.uniqueEmail("gissning"), "password", "sommar2024", "_csrf", token));
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        BrowserlessHttp sameAddress = new BrowserlessHttp(port, address);
        assertThat(sameAddress.login(sara.email(), TestAccounts.PASSWORD))
                .as("held back at that address")
                .endsWith("/login?error");
        assertThat(signedIn(sameAddress)).isFalse();
        BrowserlessHttp elsewhere = browser();
        assertThat(elsewhere.login(sara.email(), TestAccounts.PASSWORD)).doesNotContain("/login");
        assertThat(signedIn(elsewhere)).isTrue();
    }

    @Test
    void aCeilingOnFailedLoginsInTheWholeApplicationHoldsEveryLoginBack() {
        int ceiling = limits.limit("login-global").capacity();
        TestAccounts.Created nadia = accounts.create("Nadia", Roles.RESIDENT);
        BrowserlessHttp nadiasBrowser = browser();
        String token = BrowserlessHttp.csrfToken(nadiasBrowser.get("/login").body());
        try {
            limits.forget("login-global", "all");
            // failed logins from many addresses elsewhere, all but the last one
            for (int i = 0; i < ceiling - 1; i++) {
                limits.record("login-global", "all");
            }
            assertThat(browser().login(TestAccounts.uniqueEmail("gissning"), "sommar2024"))
                    .endsWith("/login?error");

            var held = nadiasBrowser.postForm(
                    "/login", Map.of("username", nadia.email(), "password", TestAccounts.PASSWORD, "_csrf", token));
            assertThat(held.headers().firstValue("Location").orElse(""))
                    .as("held back, right password and all")
                    .endsWith("/login?error");
            assertThat(signedIn(nadiasBrowser)).isFalse();
        } finally {
            limits.forget("login-global", "all");
        }
        assertThat(nadiasBrowser.login(nadia.email(), TestAccounts.PASSWORD)).doesNotContain("/login");
        assertThat(signedIn(nadiasBrowser))
                .as("signed in once the ceiling is lifted")
                .isTrue();
    }
}
