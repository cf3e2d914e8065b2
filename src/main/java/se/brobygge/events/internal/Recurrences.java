package se.brobygge.events.internal;

import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import se.brobygge.events.SeriesRule;

/**
 * The dates of a series, computed by biweekly's RFC 5545 recurrence engine: weekly, every other
 * week, or monthly on the same weekday of the month as the first date (the last one when the
 * first date is in the month's fifth week).
 */
public final class Recurrences {

    /** Upper bound on occurrences of one series, so a typo cannot create thousands of events. */
    public static final int MAX_OCCURRENCES = 60;

    private Recurrences() {}

    /** Dates from {@code first} to {@code until} (inclusive), without the skipped ones. */
    public static List<LocalDate> dates(
            LocalDate first, SeriesRule.Frequency frequency, LocalDate until, Set<LocalDate> skipped) {
        Recurrence.Builder rule = switch (frequency) {
            case WEEKLY -> new Recurrence.Builder(Frequency.WEEKLY);
            case BIWEEKLY -> new Recurrence.Builder(Frequency.WEEKLY).interval(2);
            case MONTHLY -> new Recurrence.Builder(Frequency.MONTHLY).byDay(weekOfMonth(first), weekday(first));
        };
        rule.until(date(until), false);
        DateIterator it = rule.build().getDateIterator(date(first), TimeZone.getTimeZone(ZoneOffset.UTC));
        List<LocalDate> dates = new ArrayList<>();
        while (it.hasNext() && dates.size() <= MAX_OCCURRENCES) {
            LocalDate next = it.next().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (next.isAfter(until)) {
                break;
            }
            if (!skipped.contains(next)) {
                dates.add(next);
            }
        }
        return dates;
    }

    private static int weekOfMonth(LocalDate date) {
        int n = (date.getDayOfMonth() - 1) / 7 + 1;
        return n >= 5 ? -1 : n;
    }

    private static DayOfWeek weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> DayOfWeek.MONDAY;
            case TUESDAY -> DayOfWeek.TUESDAY;
            case WEDNESDAY -> DayOfWeek.WEDNESDAY;
            case THURSDAY -> DayOfWeek.THURSDAY;
            case FRIDAY -> DayOfWeek.FRIDAY;
            case SATURDAY -> DayOfWeek.SATURDAY;
            case SUNDAY -> DayOfWeek.SUNDAY;
        };
    }

    private static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
