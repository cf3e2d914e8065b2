package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * What a load balancer, Kubernetes and Prometheus see over HTTP: health without login and without
 * details, metrics only for the scrape account, and the page headers unchanged.
 */
@IntegrationTest
class HealthAndMetricsIT {

    static final String SCRAPER =
            "Basic " + Base64.getEncoder().encodeToString("prometheus:scrape-secret".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    TestAccounts accounts;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthProbesAnswerAnonymouslyWithoutDetails() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body())
                    .as(path + " says UP")
                    .contains("\"status\":\"UP\"")
                    .as(path + " shows no details to anonymous callers")
                    .doesNotContain("components", "details", "db");
        }
    }

    @Test
    void metricsNeedTheScrapeAccount() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        String wrong =
                "Basic " + Base64.getEncoder().encodeToString("prometheus:guess".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/actuator/prometheus", wrong).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env", SCRAPER).statusCode())
                .as("the environment (secrets) is not exposed")
                .isNotEqualTo(200);
    }

    @Test
    void prometheusShowsSessionsSignUpsAndBacklogs() throws Exception {
        String before = metrics();
        assertThat(before)
                .contains(
                        "brobygge_vaadin_sessions",
                        "brobygge_mail_outbox{",
                        "state=\"pending\"",
                        "state=\"failed\"",
                        "brobygge_mail_outbox_retrying",
                        "brobygge_events_publications_incomplete",
                        "hikaricp_connections_active",
                        "jvm_memory_used_bytes");
        double confirmedBefore = value(before, "brobygge_events_signups_total", "status=\"confirmed\"");
        double waitlistedBefore = value(before, "brobygge_events_signups_total", "status=\"waitlisted\"");

        TestAccounts.Created organiser = accounts.create("Metrics organiser", Roles.STAFF);
        TestAccounts.Created first = accounts.create("Metrics first", Roles.RESIDENT);
        TestAccounts.Created second = accounts.create("Metrics second", Roles.RESIDENT);
        EventId event = RunAs.as(organiser, Roles.STAFF, () -> editing.create(TestEvents.draft("Mätvärden", 1)));
        RunAs.as(first, Roles.RESIDENT, () -> signUps.signUp(event));
        RunAs.as(second, Roles.RESIDENT, () -> signUps.signUp(event));

        String after = metrics();
        assertThat(value(after, "brobygge_events_signups_total", "status=\"confirmed\"") - confirmedBefore)
                .as("one more sign-up with a seat")
                .isEqualTo(1.0);
        assertThat(value(after, "brobygge_events_signups_total", "status=\"waitlisted\"") - waitlistedBefore)
                .as("one more sign-up on the waitlist")
                .isEqualTo(1.0);
        assertThat(value(after, "brobygge_mail_outbox", "state=\"pending\"")).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void pagesKeepTheirSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/", null);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", SCRAPER);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static double value(String exposition, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$")
                .matcher(exposition);
        while (line.find()) {
            if (line.group(1).contains(label)) {
                return Double.parseDouble(line.group(2));
            }
        }
        throw new AssertionError("No " + name + " with " + label + " in:\n" + exposition);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
