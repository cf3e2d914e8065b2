package se.brobygge.shared.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times for people: in the municipality's zone, in the reader's locale. */
public final class Formats {

    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Stockholm");

    private Formats() {}

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    /** A calendar date with its weekday, e.g. "tisdag 1 december 2026". */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale)
                .format(date);
    }

    /** A calendar date in short, e.g. "12 jan. 2027", for periods and lists. */
    public static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }

    /** The time of day, e.g. "17:30". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }
}
