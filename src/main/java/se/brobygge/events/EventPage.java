package se.brobygge.events;

import java.util.List;

/**
 * One page of a search for upcoming events, and how many events match in all.
 *
 * @param events the page, earliest first
 * @param total the number of matching events
 */
public record EventPage(List<EventSummary> events, long total) {

    public EventPage {
        events = List.copyOf(events);
    }
}
