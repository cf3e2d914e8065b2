package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import se.brobygge.identity.Roles;
import se.brobygge.support.AuthenticationRecorder;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;

/**
 * X-Forwarded-* headers are believed only from a trusted proxy (by default this host's 127.0.0.1,
 * as a load balancer beside the application would connect). A visitor connecting from any other
 * address, here 127.0.0.2, cannot fake the client address that rate limits count, nor the host
 * that redirects point to, nor HTTPS.
 */
@IntegrationTest
class ForwardedHeadersIT {

    private static final Map<String, String> FORGED =
            Map.of("X-Forwarded-For", "203.0.113.77", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuthenticationRecorder logins;

    @Test
    void aVisitorsForwardedHostDoesNotChangeWhereRedirectsGo() {
        HttpResponse<String> response =
                new BrowserlessHttp(port, visitor()).get("/oauth2/authorization/municipality", FORGED);
        assertThat(response.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location)
                .as("the sign-in redirect's return address")
                .contains("redirect_uri=http://127.0.0.1:" + port)
                .doesNotContain("evil.example")
                .doesNotContain("https://127.0.0.1");
    }

    @Test
    void aVisitorsForwardedProtoDoesNotPassForHttps() {
        HttpResponse<String> response = new BrowserlessHttp(port, visitor()).get("/", FORGED);
        assertThat(response.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS is sent only on connections the proxy says are HTTPS")
                .isEmpty();
    }

    @Test
    void aVisitorsForwardedForIsNotTheClientAddress() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        new BrowserlessHttp(port, visitor()).login(amal.email(), TestAccounts.PASSWORD, FORGED);
        assertThat(lastLoginAddress(amal.email()))
                .as("the address the application counts for this visitor")
                .isEqualTo("127.0.0.2");
    }

    @Test
    void theTrustedProxysHeadersAreBelieved() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp proxy = new BrowserlessHttp(port, address("127.0.0.1"));
        proxy.login(amal.email(), TestAccounts.PASSWORD, Map.of("X-Forwarded-For", "203.0.113.78"));
        assertThat(lastLoginAddress(amal.email())).isEqualTo("203.0.113.78");

        HttpResponse<String> redirect = proxy.get(
                "/oauth2/authorization/municipality",
                Map.of(
                        "X-Forwarded-Host",
                        "brobygge.kommun.example",
                        "X-Forwarded-Proto",
                        "https",
                        "X-Forwarded-Port",
                        "443"));
        assertThat(URLDecoder.decode(redirect.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .contains("redirect_uri=https://brobygge.kommun.example/");
    }

    private String lastLoginAddress(String email) {
        return logins.logins().reversed().stream()
                .filter(a -> a.getName().equalsIgnoreCase(email)
                        || String.valueOf(a.getPrincipal()).contains(email))
                .map(a -> ((WebAuthenticationDetails) a.getDetails()).getRemoteAddress())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no login of " + email + " was recorded"));
    }

    private static InetAddress visitor() {
        return address("127.0.0.2");
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
