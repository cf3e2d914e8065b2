package se.brobygge.events.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.places.PlaceId;
import se.brobygge.places.UpcomingEventsAtPlace;

/** Fills the "upcoming events" section of a meeting place's page. */
@Component
@Primary
class EventsAtPlace implements UpcomingEventsAtPlace {

    private final EventRepository events;
    private final Clock clock;

    EventsAtPlace(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpcomingEvent> upcoming(PlaceId place, int limit) {
        return events.upcomingAt(place.value(), clock.instant(), PageRequest.of(0, limit)).stream()
                .map(e -> new UpcomingEvent(e.title(), e.startsAt(), "events/" + e.id().value()))
                .toList();
    }
}
