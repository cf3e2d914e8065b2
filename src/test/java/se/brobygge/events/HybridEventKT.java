package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** A hybrid event (a meeting place and a link) keeps both, on its page and in its calendar file. */
class HybridEventKT extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    EventEditingService editing;

    @Autowired
    EventService events;

    @Autowired
    PlaceService places;

    @Test
    void aHybridEventShowsItsPlaceAndItsLinkAndTheCalendarHasBoth() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        Place place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Biblioteket"), "Centrum")));
        EventDraft draft = TestEvents.draft("Hybridcafé", 10).toBuilder()
                .placeId(place.id())
                .build();
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(draft));
        EventSummary saved = events.event(id).orElseThrow();
        assertThat(saved.placeId()).isEqualTo(place.id());
        assertThat(saved.onlineUrl()).isEqualTo("https://meet.brohamn.example/cafe");

        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("events/" + id.value());
        assertThat(_find(Anchor.class).stream().map(a -> a.getText() + " -> " + a.getHref()))
                .contains(
                        place.name() + " -> places/" + place.id().value(),
                        "Delta på nätet -> https://meet.brohamn.example/cafe");

        String where = place.name() + ", Storgatan 1, Centrum";
        for (VEvent event : List.of(
                calendarEvent("/ics/events/" + id.value() + ".ics", id),
                calendarEvent("/ics/places/" + place.id().value() + ".ics", id))) {
            assertThat(event.getLocation().getValue()).isEqualTo(where);
            assertThat(event.getUrl().getValue()).isEqualTo("https://meet.brohamn.example/cafe");
            assertThat(event.getDescription().getValue()).endsWith("https://meet.brohamn.example/cafe");
        }
    }

    @Test
    void anOnlineEventHasItsLinkAsLocationAndUrl() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Nätcafé", 10)));

        VEvent event = calendarEvent("/ics/events/" + id.value() + ".ics", id);
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.brohamn.example/cafe");
        assertThat(event.getUrl().getValue()).isEqualTo("https://meet.brohamn.example/cafe");
        assertThat(event.getDescription().getValue()).contains("https://meet.brohamn.example/cafe");
    }

    @Test
    void anEventAtAPlaceHasThePlaceAsLocationAndItsPageAsUrl() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        Place place = RunAs.as(
                lina,
                Roles.STAFF,
                () -> places.create(PlaceTestData.details(PlaceTestData.uniqueName("Träffpunkten"), "Centrum")));
        EventDraft draft = TestEvents.draft("Läxhjälp", 10).toBuilder()
                .placeId(place.id())
                .onlineUrl(null)
                .build();
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(draft));

        VEvent event = calendarEvent("/ics/events/" + id.value() + ".ics", id);
        assertThat(event.getLocation().getValue()).isEqualTo(place.name() + ", Storgatan 1, Centrum");
        assertThat(event.getUrl().getValue()).endsWith("/events/" + id.value());
        assertThat(event.getDescription().getValue()).doesNotContain("https://");
    }

    private VEvent calendarEvent(String path, EventId id) {
        String ics = new BrowserlessHttp(port).get(path).body();
        return Biweekly.parse(ics).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("event-" + id + "@brobygge"))
                .findFirst()
                .orElseThrow();
    }
}
