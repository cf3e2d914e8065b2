package se.brobygge.insights.opendata;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventPage;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Language;

/**
 * Reads what is public from the feature modules' services and turns it into the open records:
 * upcoming published events, published places, and the visible activities of associations in the
 * public directory (suspended ones are not in it).
 */
@Component
class OpenData {

    static final String LICENCE = "CC0-1.0";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = EventService.MAX_RESULTS;
    /** Atom and iCalendar carry this many upcoming events at most. */
    static final int FEED_EVENTS = 500;

    private final EventService events;
    private final PlaceService places;
    private final AssociationService associations;
    private final ActivityService activities;
    private final String baseUrl;

    OpenData(
            EventService events,
            PlaceService places,
            AssociationService associations,
            ActivityService activities,
            BrobyggeProperties properties) {
        this.events = events;
        this.places = places;
        this.associations = associations;
        this.activities = activities;
        this.baseUrl = properties.baseUrl();
    }

    String url(String path) {
        return UriComponentsBuilder.fromUriString(baseUrl).path(path).build().toUriString();
    }

    OpenRecords.Page<OpenRecords.Event> events(int page, int size) {
        EventPage found = events.upcomingPage(EventFilter.none(), page * size, size);
        Map<Long, Place> placesById = publishedPlaces();
        return page(
                "/feeds/open/events.json",
                page,
                size,
                found.total(),
                found.events().stream().map(e -> event(e, placesById)).toList());
    }

    /** The upcoming events for Atom and iCalendar, earliest first. */
    List<OpenRecords.Event> upcomingEvents() {
        Map<Long, Place> placesById = publishedPlaces();
        return events.upcoming(EventFilter.none(), FEED_EVENTS).stream()
                .map(e -> event(e, placesById))
                .toList();
    }

    OpenRecords.Page<OpenRecords.Place> places(int page, int size) {
        return slice("/feeds/open/places.json", page, size, allPlaces());
    }

    List<OpenRecords.Place> allPlaces() {
        return places.published(PlaceFilter.ALL).stream()
                .sorted(Comparator.comparing(p -> p.id().value()))
                .map(this::place)
                .toList();
    }

    OpenRecords.Page<OpenRecords.Activity> activities(int page, int size) {
        return slice("/feeds/open/activities.json", page, size, allActivities());
    }

    List<OpenRecords.Activity> allActivities() {
        List<Association> directory = associations.everyListed();
        Map<Long, Place> placesById = publishedPlaces();
        return activities.of(directory).values().stream()
                .flatMap(List::stream)
                .filter(a -> !a.hidden())
                .sorted(Comparator.comparingLong(Activity::id))
                .map(a -> {
                    Place place = a.placeId() == null ? null : placesById.get(a.placeId());
                    return new OpenRecords.Activity(
                            a.id(),
                            a.title(),
                            a.description(),
                            a.titles().given(Language.ENGLISH).orElse(null),
                            a.titles().given(Language.ARABIC).orElse(null),
                            a.titles().given(Language.DARI).orElse(null),
                            a.titles().given(Language.SOMALI).orElse(null),
                            a.titles().given(Language.TIGRINYA).orElse(null),
                            a.titles().given(Language.UKRAINIAN).orElse(null),
                            a.descriptions().given(Language.ENGLISH).orElse(null),
                            a.descriptions().given(Language.ARABIC).orElse(null),
                            a.descriptions().given(Language.DARI).orElse(null),
                            a.descriptions().given(Language.SOMALI).orElse(null),
                            a.descriptions().given(Language.TIGRINYA).orElse(null),
                            a.descriptions().given(Language.UKRAINIAN).orElse(null),
                            a.weekday().name(),
                            a.startsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
                            a.endsAt().format(DateTimeFormatter.ofPattern("HH:mm")),
                            a.recurrence().name(),
                            place == null ? null : place.id().value(),
                            place == null ? null : place.name(),
                            a.associationId().value(),
                            a.associationName(),
                            url("/associations/" + a.associationId().value()));
                })
                .toList();
    }

    private Map<Long, Place> publishedPlaces() {
        return places.published(PlaceFilter.ALL).stream()
                .collect(Collectors.toMap(p -> p.id().value(), Function.identity(), (a, b) -> a));
    }

    private OpenRecords.Event event(EventSummary e, Map<Long, Place> placesById) {
        Place place = e.placeId() == null ? null : placesById.get(e.placeId().value());
        return new OpenRecords.Event(
                e.id().value(),
                e.title(),
                e.description(),
                e.titles().given(Language.ENGLISH).orElse(null),
                e.titles().given(Language.ARABIC).orElse(null),
                e.titles().given(Language.DARI).orElse(null),
                e.titles().given(Language.SOMALI).orElse(null),
                e.titles().given(Language.TIGRINYA).orElse(null),
                e.titles().given(Language.UKRAINIAN).orElse(null),
                e.descriptions().given(Language.ENGLISH).orElse(null),
                e.descriptions().given(Language.ARABIC).orElse(null),
                e.descriptions().given(Language.DARI).orElse(null),
                e.descriptions().given(Language.SOMALI).orElse(null),
                e.descriptions().given(Language.TIGRINYA).orElse(null),
                e.descriptions().given(Language.UKRAINIAN).orElse(null),
                DateTimeFormatter.ISO_INSTANT.format(e.startsAt()),
                DateTimeFormatter.ISO_INSTANT.format(e.endsAt()),
                e.category().name(),
                e.languages().stream().sorted().toList(),
                e.childFriendly(),
                e.free(),
                e.free() ? null : e.costSek(),
                e.seatsLeft(),
                e.onlineUrl() != null,
                place == null ? null : place.id().value(),
                place == null ? null : place.name(),
                place == null ? null : place.details().area(),
                url("/events/" + e.id().value()),
                url("/ics/events/" + e.id().value() + ".ics"));
    }

    private OpenRecords.Place place(Place p) {
        return new OpenRecords.Place(
                p.id().value(),
                p.name(),
                p.details().description(),
                p.details().descriptions().given(Language.ENGLISH).orElse(null),
                p.details().descriptions().given(Language.ARABIC).orElse(null),
                p.details().descriptions().given(Language.DARI).orElse(null),
                p.details().descriptions().given(Language.SOMALI).orElse(null),
                p.details().descriptions().given(Language.TIGRINYA).orElse(null),
                p.details().descriptions().given(Language.UKRAINIAN).orElse(null),
                p.details().streetAddress(),
                p.details().area(),
                p.details().latitude(),
                p.details().longitude(),
                p.details().openingHours(),
                p.details().openingHoursTexts().given(Language.ENGLISH).orElse(null),
                p.details().openingHoursTexts().given(Language.ARABIC).orElse(null),
                p.details().openingHoursTexts().given(Language.DARI).orElse(null),
                p.details().openingHoursTexts().given(Language.SOMALI).orElse(null),
                p.details().openingHoursTexts().given(Language.TIGRINYA).orElse(null),
                p.details().openingHoursTexts().given(Language.UKRAINIAN).orElse(null),
                p.details().facts().stream().map(Enum::name).sorted().toList(),
                url("/places/" + p.id().value()),
                url("/ics/places/" + p.id().value() + ".ics"));
    }

    private <T> OpenRecords.Page<T> slice(String path, int page, int size, List<T> all) {
        int from = (int) Math.min((long) page * size, all.size());
        return page(path, page, size, all.size(), all.subList(from, Math.min(from + size, all.size())));
    }

    private <T> OpenRecords.Page<T> page(String path, int page, int size, long total, List<T> items) {
        int pages = (int) ((total + size - 1) / size);
        String next = page + 1 < pages ? pageUrl(path, page + 1, size) : null;
        String previous = page > 0 ? pageUrl(path, Math.min(page - 1, Math.max(pages - 1, 0)), size) : null;
        return new OpenRecords.Page<>(page, size, total, pages, next, previous, LICENCE, items);
    }

    private String pageUrl(String path, int page, int size) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path(path)
                .queryParam("page", page)
                .queryParam("size", size)
                .build()
                .toUriString();
    }
}
