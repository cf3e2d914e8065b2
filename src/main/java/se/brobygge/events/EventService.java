package se.brobygge.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.EventSearch;
import se.brobygge.events.internal.Organisers;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;

/**
 * Finding events: lists, searches, pages and an event's details. Anyone may look. Publishing and
 * changing are in {@link EventEditingService} and {@link EventSeriesService}, staff review in
 * {@link EventReviewService}.
 */
@Service
@PreAuthorize("permitAll()")
public class EventService {

    /** At most this many events in a list; the list says so when there are more. */
    public static final int MAX_RESULTS = 200;
    /** A month calendar needs every event of the month, even on a crowded one. */
    public static final int MAX_CALENDAR_RESULTS = 2_000;

    private final EventRepository events;
    private final EventSearch search;
    private final PlaceService places;
    private final Organisers organisers;
    private final Clock clock;

    EventService(EventRepository events, EventSearch search, PlaceService places, Organisers organisers, Clock clock) {
        this.events = events;
        this.search = search;
        this.places = places;
        this.organisers = organisers;
        this.clock = clock;
    }

    public List<EventSummary> upcoming(EventFilter filter) {
        return upcoming(filter, MAX_RESULTS);
    }

    /**
     * Upcoming events matching the filter, earliest first, at most {@code limit} (capped at {@link #MAX_CALENDAR_RESULTS}).
     * No transaction of its own: a search with words is answered by the index alone (no connection
     * taken), the list without words by one read-only repository query.
     */
    public List<EventSummary> upcoming(EventFilter filter, int limit) {
        Window window = window(filter);
        Instant fromInstant = window.from();
        Instant toInstant = window.to();
        int size = Math.clamp(limit, 1, MAX_CALENDAR_RESULTS);
        if (filter.text() == null || filter.text().isBlank()) {
            List<EventEntity> found = events.search(
                    fromInstant,
                    toInstant,
                    filter.category(),
                    filter.audience(),
                    filter.childFriendlyOnly(),
                    filter.freeOnly(),
                    filter.language(),
                    PageRequest.of(0, size));
            if (filter.area() != null) {
                Set<Long> inArea = placesIn(filter.area());
                found = found.stream()
                        .filter(e -> e.placeId() != null && inArea.contains(e.placeId()))
                        .toList();
            }
            return found.stream().map(EventEntity::toSummary).toList();
        }
        // words in any inflection and every other filter, sorted, limited and read from the index
        return search.upcoming(
                new EventSearch.Criteria(
                        filter.text().strip(),
                        fromInstant,
                        toInstant,
                        filter.category(),
                        filter.audience(),
                        filter.language(),
                        filter.childFriendlyOnly(),
                        filter.freeOnly(),
                        filter.area() == null ? null : placesIn(filter.area())),
                size);
    }

    /** From now or the filter's first day, to the end of its last day (a year ahead without one). */
    private record Window(Instant from, Instant to) {}

    private Window window(EventFilter filter) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        LocalDate from = filter.from() == null || filter.from().isBefore(today) ? today : filter.from();
        LocalDate to = filter.to() == null ? from.plusYears(1) : filter.to();
        // from the start of this minute: the same for every search within it, so the search index
        // keeps the date filter cached instead of building it again for each search
        return new Window(
                from.equals(today)
                        ? clock.instant().truncatedTo(ChronoUnit.MINUTES)
                        : from.atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant());
    }

    /** Events a list shows at once and fetches at a time while the reader scrolls. */
    public static final int PAGE_SIZE = 50;

    /**
     * A page of the upcoming events matching the filter, earliest first, and how many match in
     * all: what a list shows first and fetches as the reader scrolls. Answered by the search index
     * alone (no database connection), with or without words.
     */
    public EventPage upcomingPage(EventFilter filter, int offset, int limit) {
        Window window = window(filter);
        Instant fromInstant = window.from();
        Instant toInstant = window.to();
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        EventSearch.Found found = search.page(
                new EventSearch.Criteria(
                        text,
                        fromInstant,
                        toInstant,
                        filter.category(),
                        filter.audience(),
                        filter.language(),
                        filter.childFriendlyOnly(),
                        filter.freeOnly(),
                        filter.area() == null ? null : placesIn(filter.area())),
                Math.max(0, offset),
                Math.clamp(limit, 1, MAX_RESULTS));
        return new EventPage(found.events(), found.total());
    }

    private Set<Long> placesIn(String area) {
        return places.published(new PlaceFilter(area, Set.of())).stream()
                .map(p -> p.id().value())
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> event(EventId id) {
        return events.findById(id.value()).map(EventEntity::toSummary);
    }

    /** Questions, kept seats and the organisation of an event, for its page and the editor. */
    @Transactional(readOnly = true)
    public Optional<EventDetails> details(EventId id) {
        return events.findById(id.value())
                .map(e -> new EventDetails(
                        e.toSummary(), e.quotas(), e.questions(), e.onBehalfOf(), e.reviewNote(), e.companionsMax()));
    }

    /** Whether the signed-in user may manage this event (its organiser, or staff). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage(EventId id) {
        return events.findById(id.value()).map(organisers::mayManage).orElse(false);
    }

    /**
     * Published events an association or employer organises (created on its behalf, from an
     * activity or not) that have not ended yet, earliest first, at most {@code limit} (capped at
     * {@link #MAX_RESULTS}). Cancelled events and events waiting for review are left out.
     */
    @Transactional(readOnly = true)
    public List<EventSummary> upcomingOrganisedBy(OnBehalfOf organisation, int limit) {
        return events
                .upcomingOrganisedBy(
                        organisation.kind(),
                        organisation.organisationId(),
                        clock.instant(),
                        PageRequest.of(0, Math.clamp(limit, 1, MAX_RESULTS)))
                .stream()
                .map(EventEntity::toSummary)
                .toList();
    }
}
