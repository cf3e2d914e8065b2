package se.brobygge.events.internal;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.feed.AtomXml;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * Upcoming events as an Atom feed, with the filters of the event list, for feed readers and other
 * sites. No session; written with the JDK's XML writer, which escapes all text.
 */
@RestController
class AtomFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = AtomXml.NS;
    private static final int SUMMARY_LENGTH = 500;

    private final EventService eventService;
    private final EventRepository events;
    private final Clock clock;
    private final String baseUrl;
    private final String municipality;
    private final XMLOutputFactory xml = XMLOutputFactory.newFactory();

    AtomFeedController(EventService eventService, EventRepository events, Clock clock, BrobyggeProperties properties) {
        this.eventService = eventService;
        this.events = events;
        this.clock = clock;
        this.baseUrl = properties.baseUrl();
        this.municipality = properties.municipality().name();
    }

    @GetMapping("/feeds/events.atom")
    public ResponseEntity<String> events(
            @RequestParam(name = "q", required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable Audience audience,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(defaultValue = "false") boolean free,
            @RequestParam(defaultValue = "false") boolean childFriendly,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            WebRequest request)
            throws XMLStreamException {
        String q = text == null || text.isBlank() ? null : text.strip();
        // the reader's language, for the dates people read in the summaries; the feed's own words are Swedish
        Language reader =
                lang == null ? Language.DEFAULT : Language.byCode(lang).orElse(Language.DEFAULT);
        if (q != null && q.length() > 200 || language != null && language.length() > 20) {
            return ResponseEntity.badRequest().build();
        }
        List<EventSummary> found = eventService.upcoming(
                new EventFilter(q, null, null, category, audience, blankToNull(language), childFriendly, free));
        Map<Long, Instant> published = publishedAt(found);
        Instant updated = published.values().stream()
                .max(Instant::compareTo)
                .orElse(clock.instant().truncatedTo(ChronoUnit.DAYS));
        String self = UriComponentsBuilder.fromUriString(baseUrl)
                .path("/feeds/events.atom")
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .queryParamIfPresent("audience", Optional.ofNullable(audience))
                .queryParamIfPresent("language", Optional.ofNullable(blankToNull(language)))
                .queryParamIfPresent("free", free ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("childFriendly", childFriendly ? Optional.of(true) : Optional.empty())
                .queryParamIfPresent("lang", Optional.of(reader.code()).filter(c -> reader != Language.DEFAULT))
                .encode()
                .build()
                .toUriString();

        StringWriter out = new StringWriter();
        XMLStreamWriter w = xml.createXMLStreamWriter(out);
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(NS);
        w.writeStartElement(NS, "feed");
        w.writeDefaultNamespace(NS);
        AtomXml.declareTranslations(w);
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "sv");
        AtomXml.element(w, "id", self);
        AtomXml.element(w, "title", municipality + " – evenemang");
        AtomXml.element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        AtomXml.link(w, "self", ATOM.getType() + "/" + ATOM.getSubtype(), self);
        AtomXml.link(w, "alternate", "text/html", url("/events"));
        AtomXml.element(w, "generator", "Brobygge");
        for (EventSummary event : found) {
            String page = url("/events/" + event.id().value());
            Instant at = published.getOrDefault(event.id().value(), updated);
            w.writeStartElement(NS, "entry");
            AtomXml.element(w, "id", page);
            AtomXml.element(w, "title", event.title(), Language.SWEDISH.code());
            for (var title : event.titles().translations().entrySet()) {
                AtomXml.translation(w, "title", title.getValue(), title.getKey().code());
            }
            AtomXml.link(w, "alternate", "text/html", page);
            AtomXml.element(w, "published", DateTimeFormatter.ISO_INSTANT.format(at));
            AtomXml.element(w, "updated", DateTimeFormatter.ISO_INSTANT.format(at));
            w.writeStartElement(NS, "author");
            AtomXml.element(w, "name", event.organiserName());
            w.writeEndElement();
            w.writeEmptyElement(NS, "category");
            w.writeAttribute("term", event.category().name());
            AtomXml.element(
                    w,
                    "summary",
                    // the date in the feed's reader's language (the list's), the organiser's own text in Swedish
                    Formats.dateTime(event.startsAt(), reader) + " – " + shorten(event.description()),
                    Language.SWEDISH.code());
            // every language the organiser wrote the description in, its time in that language too
            for (var description : event.descriptions().translations().entrySet()) {
                Language written = description.getKey();
                AtomXml.translation(
                        w,
                        "summary",
                        Formats.dateTime(event.startsAt(), written.locale()) + " – " + shorten(description.getValue()),
                        written.code());
            }
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndDocument();
        w.close();
        return CalendarController.respond(
                ResponseEntity.ok().body(out.toString()), ATOM, CalendarController.PUBLIC, request);
    }

    private Map<Long, Instant> publishedAt(List<EventSummary> found) {
        Map<Long, Instant> result = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] row :
                    events.publishedAt(found.stream().map(e -> e.id().value()).toList())) {
                result.put((Long) row[0], (Instant) row[1]);
            }
        }
        return result;
    }

    private String url(String path) {
        return UriComponentsBuilder.fromUriString(baseUrl).path(path).build().toUriString();
    }

    private static String shorten(String text) {
        String flat = text.strip();
        return flat.length() <= SUMMARY_LENGTH ? flat : flat.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
