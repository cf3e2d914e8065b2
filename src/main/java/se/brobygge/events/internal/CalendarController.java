package se.brobygge.events.internal;

import java.time.Duration;
import java.util.Date;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.shared.BrobyggeProperties;

/**
 * Calendar files for anyone, without a Vaadin session: cheap, cacheable, and usable from any
 * calendar program. A cancelled event stays in the file as CANCELLED so calendars remove it.
 */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final EventRepository events;
    private final String baseUrl;

    CalendarController(EventRepository events, BrobyggeProperties properties) {
        this.events = events;
        this.baseUrl = properties.baseUrl();
    }

    @GetMapping("/ics/events/{id}.ics")
    @Transactional(readOnly = true)
    public ResponseEntity<String> event(@PathVariable long id) {
        return events.findById(id).map(EventEntity::toSummary).map(event -> {
            ICalendar calendar = new ICalendar();
            calendar.setProductId("-//Brobygge//Evenemang//SV");
            calendar.addEvent(toVEvent(event));
            return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                    .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                    .header("Content-Disposition", "attachment; filename=\"brobygge-" + id + ".ics\"")
                    .body(Biweekly.write(calendar).go());
        }).orElse(ResponseEntity.notFound().build());
    }

    VEvent toVEvent(EventSummary event) {
        VEvent vevent = new VEvent();
        vevent.setUid("event-" + event.id() + "@brobygge");
        vevent.setSummary(event.title());
        vevent.setDescription(event.description());
        vevent.setDateStart(Date.from(event.startsAt()));
        vevent.setDateEnd(Date.from(event.endsAt()));
        vevent.setUrl(UriComponentsBuilder.fromUriString(baseUrl).path("/events/" + event.id()).build().toUriString());
        if (event.onlineUrl() != null) {
            vevent.setLocation(event.onlineUrl());
        }
        vevent.setStatus(event.status() == EventStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
        return vevent;
    }
}
