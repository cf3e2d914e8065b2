package se.brobygge.events;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a series repeats from its first occurrence: every week, every other week, or monthly on the
 * same weekday of the month (e.g. every second Tuesday), until a date, leaving out some dates.
 */
public record SeriesRule(
        @Nullable Frequency frequency, @Nullable LocalDate until, Set<LocalDate> skipped) {

    public enum Frequency {
        WEEKLY,
        BIWEEKLY,
        MONTHLY
    }

    public SeriesRule {
        skipped = Set.copyOf(skipped);
    }
}
