package se.brobygge.insights.opendata;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Categories;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.Secrets;
import se.brobygge.shared.feed.AtomXml;
import se.brobygge.shared.i18n.Formats;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data endpoints under {@code /feeds/open/}: no login, no session, cacheable by anyone
 * (five minutes, strong ETag, 304 when unchanged) and readable from other sites (CORS *).
 */
@RestController
class OpenDataController {

    static final String BASE = "/feeds/open";
    static final String CACHE = "public, max-age=300";
    static final MediaType JSON = MediaType.parseMediaType("application/json;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    private static final String NS = AtomXml.NS;

    private final OpenData data;
    private final Clock clock;
    private final String municipality;
    private final JsonMapper json = JsonMapper.builder().build();
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();
    private final String schema;

    OpenDataController(OpenData data, Clock clock, BrobyggeProperties properties) {
        this.data = data;
        this.clock = clock;
        this.municipality = properties.municipality().name();
        try {
            this.schema =
                    new ClassPathResource("insights/open-data-schema.json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(BASE + "/schema.json")
    ResponseEntity<String> schema(WebRequest request) {
        return respond(schema, MediaType.parseMediaType("application/schema+json;charset=UTF-8"), request);
    }

    @GetMapping(BASE + "/events.json")
    ResponseEntity<String> events(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + OpenData.DEFAULT_SIZE) int size,
            WebRequest request) {
        if (!valid(page, size)) {
            return ResponseEntity.badRequest().build();
        }
        return respond(json.writeValueAsString(data.events(page, size)), JSON, request);
    }

    @GetMapping(BASE + "/places.json")
    ResponseEntity<String> places(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + OpenData.DEFAULT_SIZE) int size,
            WebRequest request) {
        if (!valid(page, size)) {
            return ResponseEntity.badRequest().build();
        }
        return respond(json.writeValueAsString(data.places(page, size)), JSON, request);
    }

    @GetMapping(BASE + "/activities.json")
    ResponseEntity<String> activities(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + OpenData.DEFAULT_SIZE) int size,
            WebRequest request) {
        if (!valid(page, size)) {
            return ResponseEntity.badRequest().build();
        }
        return respond(json.writeValueAsString(data.activities(page, size)), JSON, request);
    }

    private static boolean valid(int page, int size) {
        return page >= 0 && page <= 100_000 && size >= 1 && size <= OpenData.MAX_SIZE;
    }

    @GetMapping(BASE + "/events.atom")
    ResponseEntity<String> eventsAtom(WebRequest request) throws XMLStreamException {
        List<Entry> entries = data.upcomingEvents().stream()
                .map(e -> new Entry(
                        e.url(),
                        e.title(),
                        Formats.dateTime(Instant.parse(e.startsAt()), Locale.forLanguageTag("sv"))
                                + (e.placeName() == null ? "" : ", " + e.placeName()) + " – " + e.description(),
                        e.category()))
                .toList();
        return respond(
                atom("/feeds/open/events.atom", "/events", municipality + " – evenemang", entries), ATOM, request);
    }

    @GetMapping(BASE + "/places.atom")
    ResponseEntity<String> placesAtom(WebRequest request) throws XMLStreamException {
        List<Entry> entries = data.allPlaces().stream()
                .map(p -> new Entry(
                        p.url(), p.name(), p.streetAddress() + ", " + p.area() + " – " + p.description(), "PLACE"))
                .toList();
        return respond(
                atom("/feeds/open/places.atom", "/places", municipality + " – mötesplatser", entries), ATOM, request);
    }

    @GetMapping(BASE + "/activities.atom")
    ResponseEntity<String> activitiesAtom(WebRequest request) throws XMLStreamException {
        List<Entry> entries = data.allActivities().stream()
                .map(a -> new Entry(
                        a.url() + "#activity-" + a.id(),
                        a.title(),
                        a.associationName() + ": " + a.weekday() + " " + a.startsAt() + "–" + a.endsAt() + " ("
                                + a.recurrence() + ") – " + a.description(),
                        a.recurrence()))
                .toList();
        return respond(
                atom("/feeds/open/activities.atom", "/associations", municipality + " – föreningsaktiviteter", entries),
                ATOM,
                request);
    }

    @GetMapping(BASE + "/events.ics")
    ResponseEntity<String> eventsCalendar(WebRequest request) {
        ICalendar calendar = calendar();
        Date stamp = Date.from(stamp());
        for (OpenRecords.Event e : data.upcomingEvents()) {
            VEvent vevent = new VEvent();
            vevent.setUid("event-" + e.id() + "@brobygge");
            vevent.setDateTimeStamp(stamp);
            vevent.setSummary(e.title());
            vevent.setDescription(e.description());
            vevent.setDateStart(Date.from(Instant.parse(e.startsAt())));
            vevent.setDateEnd(Date.from(Instant.parse(e.endsAt())));
            vevent.setUrl(e.url());
            vevent.addCategories(new Categories(e.category()));
            if (e.placeName() != null) {
                vevent.setLocation(e.placeName());
            }
            calendar.addEvent(vevent);
        }
        return respond(Biweekly.write(calendar).go(), CALENDAR, request);
    }

    /** Activities as repeating events from their next occurrence, in the municipality's time zone. */
    @GetMapping(BASE + "/activities.ics")
    ResponseEntity<String> activitiesCalendar(WebRequest request) {
        ICalendar calendar = calendar();
        TimeZone zone = TimeZone.getTimeZone(Formats.MUNICIPALITY_ZONE);
        Date stamp = Date.from(stamp());
        LocalDate today = LocalDate.ofInstant(stamp.toInstant(), Formats.MUNICIPALITY_ZONE);
        for (OpenRecords.Activity a : data.allActivities()) {
            LocalDate first = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(a.weekday())));
            ZonedDateTime start = first.atTime(LocalTime.parse(a.startsAt())).atZone(Formats.MUNICIPALITY_ZONE);
            ZonedDateTime end = first.atTime(LocalTime.parse(a.endsAt())).atZone(Formats.MUNICIPALITY_ZONE);
            VEvent vevent = new VEvent();
            vevent.setUid("activity-" + a.id() + "@brobygge");
            vevent.setDateTimeStamp(stamp);
            vevent.setSummary(a.title());
            vevent.setDescription(a.associationName() + " – " + a.description());
            vevent.setDateStart(Date.from(start.toInstant()));
            vevent.setDateEnd(Date.from(end.toInstant()));
            vevent.setUrl(a.url());
            if (a.placeName() != null) {
                vevent.setLocation(a.placeName());
            }
            Recurrence.Builder rule = switch (a.recurrence()) {
                case "BIWEEKLY" -> new Recurrence.Builder(Frequency.WEEKLY).interval(2);
                case "MONTHLY" ->
                    new Recurrence.Builder(Frequency.MONTHLY)
                            .byDay(
                                    (first.getDayOfMonth() - 1) / 7 + 1,
                                    biweekly.util.DayOfWeek.valueOfAbbr(
                                            a.weekday().substring(0, 2)));
                default -> new Recurrence.Builder(Frequency.WEEKLY);
            };
            vevent.setRecurrenceRule(rule.build());
            calendar.addEvent(vevent);
        }
        calendar.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(zone, zone.getID()));
        return respond(Biweekly.write(calendar).go(), CALENDAR, request);
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Brobygge//Öppna data//SV");
        return calendar;
    }

    /** The same file for an hour, so unchanged data keeps its ETag. */
    private Instant stamp() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    record Entry(String id, String title, String summary, String category) {}

    private String atom(String self, String alternate, String title, List<Entry> entries) throws XMLStreamException {
        String updated = DateTimeFormatter.ISO_INSTANT.format(stamp());
        StringWriter out = new StringWriter();
        XMLStreamWriter w = xml.createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "feed");
        w.writeDefaultNamespace(NS);
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
        AtomXml.element(w, "id", data.url(self));
        AtomXml.element(w, "title", title);
        AtomXml.element(w, "updated", updated);
        w.writeStartElement(NS, "author");
        AtomXml.element(w, "name", municipality);
        w.writeEndElement();
        AtomXml.link(w, "self", "application/atom+xml", data.url(self));
        AtomXml.link(w, "alternate", "text/html", data.url(alternate));
        AtomXml.element(w, "rights", OpenData.LICENCE);
        AtomXml.element(w, "generator", "Brobygge");
        for (Entry entry : entries) {
            w.writeStartElement(NS, "entry");
            AtomXml.element(w, "id", entry.id());
            AtomXml.element(w, "title", entry.title());
            AtomXml.link(w, "alternate", "text/html", entry.id());
            AtomXml.element(w, "updated", updated);
            w.writeEmptyElement(NS, "category");
            w.writeAttribute("term", entry.category());
            AtomXml.element(w, "summary", shorten(entry.summary()));
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return out.toString();
    }

    private static String shorten(String text) {
        String flat = text.strip();
        return flat.length() <= 500 ? flat : flat.substring(0, 499) + "…";
    }

    /** The body with its type, cache headers and a strong ETag; 304 without a body when the caller has it. */
    static ResponseEntity<String> respond(String body, MediaType type, WebRequest request) {
        String etag = "\"" + Secrets.sha256Hex(body) + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE)
                    .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }
}
