package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** A visitor narrows the events list to one area under "Fler filter" and widens it again. */
class EventAreaFilterKT extends KaribuTest {

    @Autowired
    EventEditingService editing;

    @Autowired
    EventService events;

    @Autowired
    PlaceService places;

    @Test
    void pickingAnAreaListsOnlyEventsAtPlacesThereAndClearingItListsAllAgain() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        String series = "Läxhjälp " + System.nanoTime();
        String inNorrby = series + " i Norrby";
        String inSoderdal = series + " i Söderdal";
        publishAt(lina, inNorrby, "Norrby");
        publishAt(lina, inSoderdal, "Söderdal");

        UI.getCurrent().navigate("events");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue(series.toLowerCase());
        assertThat(listed()).containsExactlyInAnyOrder(inNorrby, inSoderdal);

        _get(Details.class, spec -> spec.withClasses("more-filters")).setOpened(true);
        @SuppressWarnings("unchecked")
        Select<String> area = _get(Select.class, spec -> spec.withLabel("Område"));
        area.setValue("Söderdal");
        assertThat(listed()).as("only the event in Söderdal").containsExactly(inSoderdal);

        area.clear();
        assertThat(listed()).as("'Alla' again").containsExactlyInAnyOrder(inNorrby, inSoderdal);

        // a shared or bookmarked link keeps the area
        UI.getCurrent()
                .navigate("events", QueryParameters.simple(Map.of("q", series.toLowerCase(), "area", "Söderdal")));
        assertThat(listed()).as("the area from the address").containsExactly(inSoderdal);

        assertThat(events.upcoming(
                        new EventFilter(series, null, null, null, null, null, false, false, "Norrby"),
                        EventService.MAX_RESULTS))
                .extracting(EventSummary::title)
                .as("the service filters by area too")
                .containsExactly(inNorrby);
    }

    private void publishAt(TestAccounts.Created staff, String title, String area) {
        RunAs.run(staff, Roles.STAFF, () -> {
            PlaceId place = places.create(PlaceTestData.details(PlaceTestData.uniqueName("Fritidsgården"), area))
                    .id();
            editing.create(TestEvents.draft(title, 10).toBuilder()
                    .placeId(place)
                    .onlineUrl(null)
                    .build());
        });
    }

    private List<String> listed() {
        @SuppressWarnings("unchecked")
        VirtualList<EventSummary> list = _get(VirtualList.class);
        return list.getDataProvider()
                .fetch(new Query<>())
                .map(EventSummary::title)
                .toList();
    }
}
