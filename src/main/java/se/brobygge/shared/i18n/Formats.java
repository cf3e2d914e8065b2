package se.brobygge.shared.i18n;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates, times and numbers for people: in the municipality's zone, in the reader's language. Every
 * page, mail, PDF and feed text formats through here, so that a language's month names, weekdays and
 * number forms are the same everywhere (decision 0054). A {@link Locale} argument is the page's or
 * recipient's locale ({@link Language#locale()}); it is turned into the locale Java formats that
 * language with ({@link #locale(Language)}). Digits are always Latin, as everywhere in Brobygge.
 */
public final class Formats {

    public static final ZoneId MUNICIPALITY_ZONE = ZoneId.of("Europe/Stockholm");

    private static final Locale ARABIC = Locale.forLanguageTag("ar-u-nu-latn");

    /** Java's locale data has no Dari ("prs"): Afghan Persian is its written standard. */
    private static final Locale DARI = Locale.forLanguageTag("fa-AF-u-nu-latn");

    private Formats() {}

    /** The locale Java formats a language's dates and numbers with. */
    public static Locale locale(Language language) {
        return switch (language) {
            case ARABIC -> ARABIC;
            case DARI -> DARI;
            default -> language.locale();
        };
    }

    /**
     * The formatting locale for a page's or recipient's locale; a locale of a language Brobygge is
     * not written in is used as it is.
     */
    public static Locale locale(Locale locale) {
        return Language.byCode(locale.getLanguage()).map(Formats::locale).orElse(locale);
    }

    /**
     * A moment with date and time, the month by name: "1 december 2026 17:30", "1 грудня 2026 р.,
     * 17:30", "1 ديسمبر 2026, 5:30 م" (CLDR's medium date would be all digits in Arabic).
     */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale(locale))
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    public static String dateTime(Instant instant, Language language) {
        return dateTime(instant, language.locale());
    }

    /** A moment's date, e.g. "1 december 2026". */
    public static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale(locale))
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    public static String date(Instant instant, Language language) {
        return date(instant, language.locale());
    }

    /** A calendar date with its weekday, e.g. "tisdag 1 december 2026". */
    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(locale(locale))
                .format(date);
    }

    public static String date(LocalDate date, Language language) {
        return date(date, language.locale());
    }

    /** A calendar date without weekday, e.g. "1 december 2026". */
    public static String longDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale(locale))
                .format(date);
    }

    /** A calendar date in short, e.g. "12 jan. 2027", for periods and lists. */
    public static String shortDate(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(locale))
                .format(date);
    }

    /** A moment in short, e.g. "1 dec. 2026 17:30" in Swedish, "01/12/2026، 5:30 م" in Arabic. */
    public static String shortDateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale(locale))
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    /** The time of day, e.g. "17:30". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale(locale))
                .withZone(MUNICIPALITY_ZONE)
                .format(instant);
    }

    /** A time of day on the clock, e.g. an activity's "18:00" ("6:00 م" in Arabic). */
    public static String time(LocalTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale(locale))
                .format(time);
    }

    public static String time(Instant instant, Language language) {
        return time(instant, language.locale());
    }

    /** A month's name as a heading, e.g. "december" (Ukrainian "грудень", not "грудня"). */
    public static String month(Month month, Locale locale) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, locale(locale));
    }

    /** A month with its year as a heading, e.g. "december 2026". */
    public static String monthYear(YearMonth month, Locale locale) {
        return month(month.getMonth(), locale) + " " + month.getYear();
    }

    /** A month with its year in short, for chart axes, e.g. "dec. 2026". */
    public static String shortMonthYear(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale(locale)).format(month);
    }

    /** A weekday's name, e.g. "tisdag". */
    public static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale(locale));
    }

    /** A weekday's name as a heading, e.g. a calendar's column. */
    public static String weekdayHeading(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale(locale));
    }

    /** A weekday's short name as a heading, e.g. "tis". */
    public static String shortWeekdayHeading(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, locale(locale));
    }

    /** A whole number with the language's grouping, e.g. "12 345" in Swedish, "12,345" in English. */
    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale(locale)).format(value);
    }

    public static String number(long value, Language language) {
        return number(value, language.locale());
    }

    /** A number with at most {@code fractionDigits} decimals, e.g. "3,5" in Swedish, "3.5" in English. */
    public static String decimal(double value, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
