package se.brobygge.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A series with its occurrences (cancelled ones too), for its page and editing. */
public record SeriesDetails(
        SeriesId id,
        SeriesRule.Frequency frequency,
        LocalDate until,
        Set<LocalDate> skipped,
        List<EventSummary> occurrences) {}
