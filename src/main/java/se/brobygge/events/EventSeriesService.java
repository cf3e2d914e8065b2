package se.brobygge.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventDrafts;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Organisers;
import se.brobygge.events.internal.Recurrences;
import se.brobygge.events.internal.SeriesEntity;
import se.brobygge.events.internal.SeriesRepository;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;

/**
 * Series of events: one event per date of a rule, each with its own sign-ups, published and
 * changed together. Anyone may look; organisers and staff publish and change.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EventSeriesService {

    private final EventRepository events;
    private final SeriesRepository series;
    private final EventDrafts drafts;
    private final Organisers organisers;
    private final CurrentUser currentUser;
    private final EventEditingService editing;
    private final Clock clock;

    EventSeriesService(
            EventRepository events,
            SeriesRepository series,
            EventDrafts drafts,
            Organisers organisers,
            CurrentUser currentUser,
            EventEditingService editing,
            Clock clock) {
        this.events = events;
        this.series = series;
        this.drafts = drafts;
        this.organisers = organisers;
        this.currentUser = currentUser;
        this.editing = editing;
        this.clock = clock;
    }

    /**
     * Takes one date out of a published series: the date becomes an exception of the series, and
     * its occurrence is cancelled with the reason, so everyone signed up or waiting is told, as
     * when one event is cancelled. Organisers and staff only.
     *
     * @throws InvalidInputException "date" when the series has no coming occurrence that day; "reason"
     */
    @Transactional
    public void skipDate(SeriesId id, LocalDate date, String reason) {
        SeriesEntity saved = series.findById(id.value()).orElseThrow();
        List<EventEntity> occurrences = events.ofSeries(id.value());
        if (occurrences.isEmpty()) {
            throw new InvalidInputException("date", "events.series.skip.noOccurrence");
        }
        organisers.requireOrganiserOrStaff(occurrences.getFirst());
        EventEntity occurrence = occurrences.stream()
                .filter(o -> o.status() != EventStatus.CANCELLED && o.startsAt().isAfter(clock.instant()))
                .filter(o -> LocalDateTime.ofInstant(o.startsAt(), Formats.MUNICIPALITY_ZONE)
                        .toLocalDate()
                        .equals(date))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("date", "events.series.skip.noOccurrence"));
        saved.skip(date);
        editing.cancel(occurrence.id(), reason);
    }

    /**
     * Publishes a series: one event per date of the rule, each with its own sign-ups.
     * {@code first} gives the first occurrence's times; kept seats are released as long before
     * each occurrence as before the first.
     *
     * @return the occurrences, first to last
     * @throws InvalidInputException with field errors (e.g. a rule with no occurrences); nothing is saved
     */
    @Transactional
    public List<EventId> createSeries(EventDraft first, SeriesRule rule) {
        OrganisationInfo organisation = organisers.authorise(first.onBehalfOf());
        List<FieldError> errors = new ArrayList<>();
        try {
            drafts.validate(first);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        List<LocalDate> dates = List.of();
        if (rule.frequency() == null) {
            errors.add(new FieldError("frequency", "events.validation.required"));
        }
        if (rule.until() == null) {
            errors.add(new FieldError("until", "events.validation.required"));
        } else if (first.startsAt() != null && rule.frequency() != null) {
            LocalDate firstDate = first.startsAt().toLocalDate();
            if (rule.until().isBefore(firstDate)) {
                errors.add(new FieldError("until", "events.validation.untilBeforeStart"));
            } else if (rule.until().isAfter(firstDate.plusYears(1))) {
                errors.add(new FieldError("until", "events.validation.untilTooFar"));
            } else {
                dates = Recurrences.dates(firstDate, rule.frequency(), rule.until(), rule.skipped());
                if (dates.isEmpty()) {
                    errors.add(new FieldError("until", "events.validation.seriesEmpty"));
                } else if (dates.size() > Recurrences.MAX_OCCURRENCES) {
                    errors.add(new FieldError("until", "events.validation.seriesTooLong"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime start = Objects.requireNonNull(first.startsAt());
        Objects.requireNonNull(first.endsAt());
        SeriesEntity saved = series.save(new SeriesEntity(
                Objects.requireNonNull(rule.frequency()),
                start.toLocalDate(),
                Objects.requireNonNull(rule.until()),
                rule.skipped(),
                currentUser.require().value(),
                clock.instant()));
        List<EventId> ids = new ArrayList<>();
        for (LocalDate date : dates) {
            EventEntity event = drafts.newEvent(EventDrafts.shifted(first, date), organisation);
            event.partOf(saved.id());
            ids.add(events.save(event).id());
        }
        events.flush();
        return ids;
    }

    /**
     * Changes this occurrence and every later one of its series: the same texts and settings, the
     * times of day of {@code draft} on each occurrence's own date. All or nothing.
     */
    @Transactional
    public int updateFollowing(EventId from, EventDraft draft) {
        EventEntity first = events.lockById(from.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(first);
        if (first.seriesId() == null) {
            drafts.change(first, draft);
            return 1;
        }
        int changed = 0;
        for (EventEntity occurrence : events.ofSeries(first.seriesId())) {
            if (occurrence.startsAt().isBefore(first.startsAt()) || occurrence.status() == EventStatus.CANCELLED) {
                continue;
            }
            EventEntity locked = events.lockById(occurrence.id().value()).orElseThrow();
            LocalDate date = LocalDateTime.ofInstant(locked.startsAt(), Formats.MUNICIPALITY_ZONE)
                    .toLocalDate();
            drafts.change(locked, EventDrafts.shifted(draft, date));
            changed++;
        }
        return changed;
    }

    /** A series and its occurrences. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<SeriesDetails> series(SeriesId id) {
        return series.findById(id.value())
                .map(s -> new SeriesDetails(
                        new SeriesId(s.id()),
                        s.frequency(),
                        s.until(),
                        s.skipped(),
                        events.ofSeries(id.value()).stream()
                                .map(EventEntity::toSummary)
                                .toList()));
    }
}
