package se.brobygge.bench;

import java.util.ArrayList;
import java.util.List;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Upcoming events for the benchmarks, found by a word no other event has. */
final class BenchEvents {

    /** The word in the title of the 50 events the event-list session cost is measured with. */
    static final String LIST_WORD = "benchlista";

    private BenchEvents() {}

    /** Makes sure exactly {@code count} upcoming events have {@link #LIST_WORD} in their title. */
    static List<EventId> listOf(int count, EventService events, EventEditingService editing, TestAccounts accounts) {
        return listOf(LIST_WORD, count, events, editing, accounts);
    }

    /** Makes sure exactly {@code count} upcoming events have {@code word} in their title. */
    static List<EventId> listOf(
            String word, int count, EventService events, EventEditingService editing, TestAccounts accounts) {
        List<EventSummary> existing =
                events.upcoming(new EventFilter(word, null, null, null, null, null, false, false));
        List<EventId> ids =
                new ArrayList<>(existing.stream().map(EventSummary::id).toList());
        if (ids.size() >= count) {
            return ids.subList(0, count);
        }
        TestAccounts.Created staff = accounts.create("Bench Personal", Roles.STAFF);
        for (int i = ids.size(); i < count; i++) {
            int n = i;
            ids.add(RunAs.as(
                    staff,
                    Roles.STAFF,
                    () -> editing.create(TestEvents.draft("Språkcafé " + word + " " + (n + 1), 20))));
        }
        return ids;
    }
}
