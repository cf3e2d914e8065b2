package se.brobygge.shared.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * How date and time pickers speak a page's language: month and weekday names, the first day of
 * the week, the words on the calendar's buttons, the date format shown and the ones accepted when
 * typed. See decision 0034.
 */
final class PickerLocale {

    /** Forms anyone may type on any page, after the page's own: ISO, and day-first with / or . */
    private static final List<String> ALSO_ACCEPTED = List.of("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");

    private final Language language;

    private PickerLocale(Language language) {
        this.language = language;
    }

    static PickerLocale of(Locale pageLocale) {
        return new PickerLocale(Language.of(pageLocale));
    }

    /** The locale month and day names come from: Java knows Dari as Afghan Persian. */
    Locale namesLocale() {
        return Formats.locale(language);
    }

    /**
     * The locale the time picker formats with in the browser. Dari in the browser writes Persian
     * digits, which the time picker cannot read back: it gets a 24-hour clock with Latin digits.
     */
    Locale timeLocale() {
        return language == Language.DARI ? Locale.UK : language.locale();
    }

    /**
     * Monday, as in the Swedish calendar the pages live in; Saturday for Arabic and Dari, whose
     * readers' calendars start the week on Saturday.
     */
    DayOfWeek firstDayOfWeek() {
        return language == Language.ARABIC || language == Language.DARI ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
    }

    /** The format dates are shown in: the language's own order, always with Latin digits. */
    String dateFormat() {
        return switch (language) {
            case SWEDISH -> "yyyy-MM-dd";
            case DARI -> "yyyy/MM/dd";
            case UKRAINIAN -> "dd.MM.yyyy";
            case ENGLISH, ARABIC, SOMALI, TIGRINYA -> "dd/MM/yyyy";
        };
    }

    /** The shown format first, then the ones also accepted when typed. */
    List<String> dateFormats() {
        Set<String> formats = new LinkedHashSet<>();
        formats.add(dateFormat());
        formats.addAll(ALSO_ACCEPTED);
        return List.copyOf(formats);
    }

    /** An example of a date as it is shown, for error messages. */
    String example(LocalDate date) {
        return DateTimeFormatter.ofPattern(dateFormat(), Locale.ROOT).format(date);
    }

    /** @param translate the page's translations, e.g. {@code Component::getTranslation} */
    DatePickerI18n datePickerI18n(BiFunction<String, Object[], String> translate) {
        Locale names = namesLocale();
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, names))
                .toList();
        List<String> weekdays = new ArrayList<>();
        List<String> weekdaysShort = new ArrayList<>();
        // the web component counts from Sunday
        for (int i = 0; i < 7; i++) {
            DayOfWeek day = DayOfWeek.SUNDAY.plus(i);
            weekdays.add(day.getDisplayName(TextStyle.FULL_STANDALONE, names));
            weekdaysShort.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, names));
        }
        List<String> formats = dateFormats();
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(firstDayOfWeek().getValue() % 7)
                .setToday(translate.apply("picker.today", new Object[0]))
                .setCancel(translate.apply("picker.cancel", new Object[0]))
                .setDateFormats(
                        formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new))
                .setBadInputErrorMessage(translate.apply(
                        "picker.badDate", new Object[] {example(LocalDate.now(Formats.MUNICIPALITY_ZONE))}));
    }
}
