package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.identity.Roles;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** The series page's calendar file holds every occurrence; a skipped date stays in as cancelled. */
@IntegrationTest
class SeriesCalendarIT {

    @LocalServerPort
    int port;

    @Autowired
    EventSeriesService eventSeries;

    @Autowired
    EventService events;

    @Autowired
    TestAccounts accounts;

    @Test
    void theSeriesCalendarHoldsEachOccurrenceAndMarksASkippedOneCancelled() throws Exception {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventDraft first = TestEvents.draft("Stickcafé " + System.nanoTime(), 10);
        LocalDate firstDate = first.startsAt().toLocalDate();
        List<EventId> ids = RunAs.as(
                lina,
                Roles.STAFF,
                () -> eventSeries.createSeries(
                        first, new SeriesRule(SeriesRule.Frequency.WEEKLY, firstDate.plusWeeks(2), Set.of())));
        SeriesId series = Objects.requireNonNull(
                events.event(ids.getFirst()).orElseThrow().seriesId());
        RunAs.run(lina, Roles.STAFF, () -> eventSeries.skipDate(series, firstDate.plusWeeks(1), "Helgdag"));

        HttpResponse<String> response = new BrowserlessHttp(port).get("/ics/series/" + series.value() + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendar = Biweekly.parse(response.body()).first();
        List<VEvent> occurrences = calendar.getEvents();
        assertThat(occurrences).hasSize(3);
        assertThat(occurrences.stream().map(e -> e.getDateStart().getValue().toInstant()))
                .containsExactlyInAnyOrderElementsOf(ids.stream()
                        .map(id -> events.event(id).orElseThrow().startsAt())
                        .toList());
        assertThat(occurrences)
                .allSatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo(first.title()));
        assertThat(occurrences.stream().filter(e -> e.getStatus().isCancelled()))
                .singleElement()
                .satisfies(e -> assertThat(e.getDateStart().getValue().toInstant())
                        .isEqualTo(events.event(ids.get(1)).orElseThrow().startsAt()));
        assertThat(new BrowserlessHttp(port).get("/ics/series/999999999.ics").statusCode())
                .isEqualTo(404);
    }
}
