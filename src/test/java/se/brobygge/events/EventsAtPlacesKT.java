package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Events are held at meeting places: the event links its place, and the place lists its events. */
class EventsAtPlacesKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    PlaceService places;

    @Test
    void anEventAtAPlaceShowsOnThePlacesPageAndLinksBack() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String name = "Biblioteket " + System.nanoTime();
        Place place = RunAs.as(staff, Roles.STAFF, () -> places.create(placeDetails(name)));
        EventDraft online = TestEvents.draft("Läxhjälp på biblioteket", 15);
        EventDraft atPlace =
                online.toBuilder().placeId(place.id()).onlineUrl(null).build();
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(atPlace));

        UI.getCurrent().navigate("events/" + event.value());
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains(name);
        UI.getCurrent().navigate("places/" + place.id().value());
        assertThat(_find(Anchor.class).stream().map(Anchor::getText).toList().toString()
                        + _find(RouterLink.class).stream().map(l -> l.getText()).toList())
                .contains("Läxhjälp på biblioteket");
    }

    @Test
    void anEventAtAnUnpublishedPlaceIsRefused() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        Place proposal =
                RunAs.as(resident, Roles.RESIDENT, () -> places.propose(placeDetails("Förslag " + System.nanoTime())));
        EventDraft online = TestEvents.draft("Träff", 5);
        EventDraft atProposal =
                online.toBuilder().placeId(proposal.id()).onlineUrl(null).build();
        assertThatThrownBy(() -> RunAs.as(staff, Roles.STAFF, () -> editing.create(atProposal)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::messageKey)
                                .contains("events.validation.place"));
    }

    static PlaceDetails placeDetails(String name) {
        return new PlaceDetails(
                name,
                "En lugn plats mitt i stan.",
                "Storgatan 1",
                "Centrum",
                55.605,
                13.0,
                "Mån–fre 10–19",
                Set.of(AccessibilityFact.STEP_FREE_ENTRANCE),
                "info@brohamn.example",
                null);
    }
}
