package se.brobygge.events.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.SignUpStatus;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.Secrets;

/**
 * Calendar files for anyone, without a Vaadin session: cheap, cacheable, and usable from any
 * calendar program. A cancelled event stays in the file as CANCELLED so calendars remove it.
 * One event, the events at a meeting place, the events of an organiser, and a person's own
 * sign-ups behind a secret address.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final int MAX_EVENTS = 500;
    /** Five minutes in any cache: feeds are read often and change seldom. */
    static final String PUBLIC = "public, max-age=300";
    /** A personal feed: the person's own calendar program may keep it, shared caches may not. */
    static final String PRIVATE = "private, max-age=300";

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final FeedTokenRepository tokens;
    private final PlaceService places;
    private final Clock clock;
    private final String baseUrl;

    CalendarController(
            EventRepository events,
            SignUpRepository signUps,
            FeedTokenRepository tokens,
            PlaceService places,
            Clock clock,
            BrobyggeProperties properties) {
        this.events = events;
        this.signUps = signUps;
        this.tokens = tokens;
        this.places = places;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/ics/events/{id}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> event(@PathVariable long id, WebRequest request) {
        return events.findById(id)
                .map(EventEntity::toSummary)
                .filter(event -> event.status() == EventStatus.PUBLISHED || event.status() == EventStatus.CANCELLED)
                .map(event -> ResponseEntity.ok()
                        .header("Content-Disposition", "attachment; filename=\"brobygge-" + id + ".ics\"")
                        .body(calendar(List.of(event), Map.of())))
                .map(ok -> respond(ok, PUBLIC, request))
                .orElse(ResponseEntity.notFound().build());
    }

    /** Upcoming events at a published meeting place; cancelled ones stay in as CANCELLED. */
    @GetMapping("/ics/places/{placeId}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> place(@PathVariable long placeId, WebRequest request) {
        if (places.find(new PlaceId(placeId))
                .filter(p -> p.status() == PlaceStatus.PUBLISHED)
                .isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        List<EventSummary> found = events.feedAt(placeId, clock.instant(), PageRequest.of(0, MAX_EVENTS)).stream()
                .map(EventEntity::toSummary)
                .toList();
        return respond(ResponseEntity.ok().body(calendar(found, Map.of())), PUBLIC, request);
    }

    /** Every occurrence of a series; cancelled ones stay in as CANCELLED. */
    @GetMapping("/ics/series/{seriesId}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> series(@PathVariable long seriesId, WebRequest request) {
        List<EventSummary> found = events.ofSeries(seriesId).stream()
                .map(EventEntity::toSummary)
                .filter(e -> e.status() != EventStatus.PENDING_APPROVAL)
                .toList();
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return respond(ResponseEntity.ok().body(calendar(found, Map.of())), PUBLIC, request);
    }

    /** Upcoming events of one organiser; cancelled ones stay in as CANCELLED. */
    @GetMapping("/ics/organisers/{accountId}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> organiser(@PathVariable long accountId, WebRequest request) {
        List<EventSummary> found = events.feedOf(accountId, clock.instant(), PageRequest.of(0, MAX_EVENTS)).stream()
                .map(EventEntity::toSummary)
                .toList();
        return respond(ResponseEntity.ok().body(calendar(found, Map.of())), PUBLIC, request);
    }

    /**
     * A person's confirmed and waiting sign-ups (waiting ones as TENTATIVE), behind the secret of
     * their personal address. Only the secret's hash is looked up; an unknown or replaced secret is
     * not found.
     */
    @GetMapping("/ics/me/{token}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> mine(@PathVariable String token, WebRequest request) {
        if (token.length() > 100) {
            return ResponseEntity.notFound().build();
        }
        return tokens.findByHash(FeedTokens.hash(token))
                .map(owner -> {
                    Instant since = clock.instant().minus(Duration.ofDays(30));
                    Map<Long, SignUpStatus> statuses = signUps.activeOf(owner.accountId()).stream()
                            .collect(Collectors.toMap(SignUpEntity::eventId, SignUpEntity::status, (a, b) -> a));
                    List<EventSummary> found = events.findAllById(statuses.keySet()).stream()
                            .map(EventEntity::toSummary)
                            .filter(e -> !e.endsAt().isBefore(since))
                            .sorted(Comparator.comparing(EventSummary::startsAt).thenComparing(e -> e.id().value()))
                            .limit(MAX_EVENTS)
                            .toList();
                    return respond(ResponseEntity.ok().body(calendar(found, statuses)), PRIVATE, request);
                })
                .orElse(ResponseEntity.notFound().build());
    }

    private String calendar(List<EventSummary> found, Map<Long, SignUpStatus> myStatuses) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Brobygge//Evenemang//SV");
        // the same file for an hour, so its ETag lets calendar programs skip unchanged downloads
        Date stamp = Date.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
        Map<PlaceId, Optional<String>> locations = new HashMap<>();
        for (EventSummary event : found) {
            PlaceId placeId = event.placeId();
            VEvent vevent = toVEvent(
                    event,
                    placeId == null
                            ? null
                            : locations.computeIfAbsent(placeId, this::location).orElse(null));
            vevent.setDateTimeStamp(stamp);
            if (myStatuses.get(event.id().value()) == SignUpStatus.WAITING && event.status() != EventStatus.CANCELLED) {
                vevent.setStatus(Status.tentative());
            }
            calendar.addEvent(vevent);
        }
        return Biweekly.write(calendar).go();
    }

    /**
     * One event: the meeting place (name and address) as LOCATION; the online link, if any, as URL
     * and at the end of the description, and as LOCATION too when there is no place. Without a link
     * the URL is the event's page.
     */
    VEvent toVEvent(EventSummary event, @Nullable String place) {
        VEvent vevent = new VEvent();
        vevent.setUid("event-" + event.id() + "@brobygge");
        vevent.setSummary(event.title());
        String online = event.onlineUrl();
        vevent.setDescription(
                online == null || event.description().contains(online)
                        ? event.description()
                        : (event.description().isBlank() ? online : event.description() + "\n\n" + online));
        vevent.setDateStart(Date.from(event.startsAt()));
        vevent.setDateEnd(Date.from(event.endsAt()));
        vevent.setUrl(
                online != null
                        ? online
                        : UriComponentsBuilder.fromUriString(baseUrl)
                                .path("/events/" + event.id())
                                .build()
                                .toUriString());
        if (place != null) {
            vevent.setLocation(place);
        } else if (online != null) {
            vevent.setLocation(online);
        }
        vevent.setStatus(event.status() == EventStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        return vevent;
    }

    /** A place's name, street address and area, as a calendar's LOCATION; empty when not visible. */
    private Optional<String> location(PlaceId placeId) {
        return places.find(placeId)
                .map(Place::details)
                .map(details -> Stream.of(details.name(), details.streetAddress(), details.area())
                        .filter(part -> !part.isBlank())
                        .collect(Collectors.joining(", ")));
    }

    /**
     * The feed with its content type, caching and a strong ETag of the body; 304 when the caller
     * already has it.
     */
    static ResponseEntity<String> respond(ResponseEntity<String> ok, String cache, WebRequest request) {
        return respond(ok, TEXT_CALENDAR, cache, request);
    }

    static ResponseEntity<String> respond(ResponseEntity<String> ok, MediaType type, String cache, WebRequest request) {
        String body = ok.getBody() == null ? "" : ok.getBody();
        String etag = "\"" + Secrets.sha256Hex(body) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, cache)
                    .build();
        }
        return ResponseEntity.ok()
                .headers(ok.getHeaders())
                .contentType(type)
                .header(HttpHeaders.CACHE_CONTROL, cache)
                .eTag(etag)
                .body(body);
    }
}
