package se.brobygge.places;

import java.time.Instant;
import java.util.List;

/**
 * Upcoming events at a place, for the place's public page. The events module implements this;
 * until then a default bean answers with none.
 */
public interface UpcomingEventsAtPlace {

    record UpcomingEvent(String title, Instant startsAt, String route) {}

    List<UpcomingEvent> upcoming(PlaceId place, int limit);
}
