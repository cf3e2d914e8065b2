package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.identity.Roles;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Calendar files: anonymous, without a session, and they follow cancellations. */
@IntegrationTest
class CalendarIT {

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    TestAccounts accounts;

    @Test
    void anyoneDownloadsAnEventAsICalendarWithoutASession() throws Exception {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId id = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé i kalendern", 10)));
        EventSummary summary = events.event(id).orElseThrow();

        HttpResponse<String> response = new BrowserlessHttp(port).get("/ics/events/" + id.value() + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for a calendar file")
                .isEmpty();
        ICalendar calendar = Biweekly.parse(new StringReader(response.body())).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Språkcafé i kalendern");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(summary.startsAt());
        assertThat(event.getStatus().isConfirmed()).isTrue();

        RunAs.run(staff, Roles.STAFF, () -> editing.cancel(id, "Sjuk ledare"));
        String cancelled = new BrowserlessHttp(port)
                .get("/ics/events/" + id.value() + ".ics")
                .body();
        assertThat(Biweekly.parse(cancelled)
                        .first()
                        .getEvents()
                        .getFirst()
                        .getStatus()
                        .isCancelled())
                .isTrue();
    }

    @Test
    void anUnknownEventIsNotFound() {
        assertThat(new BrowserlessHttp(port).get("/ics/events/999999999.ics").statusCode())
                .isEqualTo(404);
    }
}
