package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Files the pages hand out through Vaadin's download handlers (attendee lists) carry the same
 * security headers as the pages, a download disposition and their real type; and the
 * registration page with its hidden trap field passes axe.
 */
class DownloadsBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Test
    void attendeeListsAreDownloadedWithSafeHeaders() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created staff = signIn(page, "Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Nedladdningskväll", 10)));
        RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event));
        open(page, "events/" + event.value() + "/check-in");

        for (var expected : Map.of(".attendees-pdf", "application/pdf", ".attendees-csv", "text/csv")
                .entrySet()) {
            String href = page.locator(expected.getKey()).getAttribute("href");
            APIResponse response =
                    page.request().get(href.startsWith("http") ? href : url(href.replaceFirst("^/", "")));
            Map<String, String> headers = response.headers();
            assertThat(response.status()).as(expected.getKey()).isEqualTo(200);
            assertThat(headers.get("content-type")).startsWith(expected.getValue());
            assertThat(headers.get("content-disposition"))
                    .as(expected.getKey())
                    .startsWith("attachment")
                    .contains("deltagare-");
            assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(headers.get("content-security-policy"))
                    .contains("frame-ancestors 'none'")
                    .contains("default-src 'self'");
            assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
            assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theRegistrationTrapIsInvisibleAndUnreachable() {
        Page page = newPage(Language.SWEDISH);
        open(page, "register");
        assertNoAxeViolations(page, "registration page with its trap field");
        var box = page.locator(".register-trap").boundingBox();
        assertThat(box == null || box.width * box.height <= 1)
                .as("nothing to see")
                .isTrue();
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            assertThat(page.evaluate("() => document.activeElement && document.activeElement.id"))
                    .isNotEqualTo("register-website");
        }
    }
}
