package se.brobygge.events.ui;

import java.text.ListFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.brobygge.events.EventSummary;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;

/**
 * Where and in which languages an event is held, as one line each for lists and the start page:
 * "Folkets hus, Norrby" or "Online"; "Arabic and Swedish". Published places' names and areas are
 * read once a minute for all sessions, so a list card costs no query and no per-session copy.
 */
@Component
class PlaceLabels {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final PlaceService places;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

    PlaceLabels(PlaceService places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    private record Snapshot(Instant readAt, Map<PlaceId, String> labels) {}

    /** "Name, Area" of the event's place, "online" (in the page's language) or empty when neither is set. */
    String where(EventSummary event, Function<String, String> translate) {
        PlaceId place = event.placeId();
        if (place != null) {
            return label(place).orElse("");
        }
        return event.onlineUrl() == null ? "" : translate.apply("events.where.online");
    }

    /**
     * The languages spoken at the event, named in the reader's language as running text and joined
     * as the reader's language joins a list ("arabiska och svenska", "العربية والسويدية").
     */
    static String spoken(Set<String> codes, Locale reader) {
        List<String> names = codes.stream()
                .sorted()
                .map(code -> LanguageNames.of(code, reader))
                .toList();
        return ListFormat.getInstance(Formats.locale(reader), ListFormat.Type.STANDARD, ListFormat.Style.FULL)
                .format(names);
    }

    private Optional<String> label(PlaceId id) {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        boolean stale =
                current.readAt().plus(FRESH).isBefore(now) || current.readAt().isAfter(now);
        // a place published since the last read is read at once (an unknown place is rare: events
        // are held at published places)
        if (stale || !current.labels().containsKey(id)) {
            current = new Snapshot(
                    now,
                    places.published(PlaceFilter.ALL).stream()
                            .collect(Collectors.toUnmodifiableMap(Place::id, PlaceLabels::label)));
            snapshot = current;
        }
        return Optional.ofNullable(current.labels().get(id));
    }

    private static String label(Place place) {
        String area = place.details().area();
        return area.isBlank() ? place.details().name() : place.details().name() + ", " + area;
    }
}
