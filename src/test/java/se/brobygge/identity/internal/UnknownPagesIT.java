package se.brobygge.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;

/**
 * A mistyped address is "page not found" (404) for everybody, not a login page; pages that need an
 * account still send visitors to log in, and controllers keep their own rules.
 */
@IntegrationTest
class UnknownPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    UnknownPages unknownPages;

    @Test
    void aVisitorWhoIsNotSignedInGetsPageNotFoundForAnUnknownAddress() {
        BrowserlessHttp visitor = new BrowserlessHttp(port);
        for (String path : new String[] {"/does-not-exist", "/evenemang"}) {
            HttpResponse<String> response = visitor.get(path);
            assertThat(response.statusCode())
                    .as(path + " " + response.headers().firstValue("Location").orElse(""))
                    .isEqualTo(404);
            assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .isPresent();
        }
    }

    @Test
    void pagesThatNeedAnAccountStillSendTheVisitorToLogIn() {
        HttpResponse<String> response = new BrowserlessHttp(port).get("/my-data");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void onlyReadingAnAddressThatIsNeitherAPageNorAControllersIsUnknown() {
        assertThat(unknownPages.matches(get("/does-not-exist"))).isTrue();
        assertThat(unknownPages.matches(get("/staff"))).as("a page for staff").isFalse();
        assertThat(unknownPages.matches(get("/my-data")))
                .as("a page for residents")
                .isFalse();
        assertThat(unknownPages.matches(get("/feeds/events.atom")))
                .as("a controller's address")
                .isFalse();
        assertThat(unknownPages.matches(get("/mail/unsubscribe")))
                .as("a controller's address")
                .isFalse();
        MockHttpServletRequest post = get("/does-not-exist");
        post.setMethod("POST");
        assertThat(unknownPages.matches(post))
                .as("writing is never an unknown page")
                .isFalse();
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        return request;
    }
}
