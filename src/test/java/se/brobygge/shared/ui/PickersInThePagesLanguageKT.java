package se.brobygge.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.brobygge.events.SeriesRule;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;

/**
 * The calendars of the event form and the events filter speak the page's language: month and day
 * names, the first day of the week, the buttons, and the date format shown and accepted when typed.
 */
class PickersInThePagesLanguageKT extends KaribuTest {

    @Test
    void onASwedishPageTheWeekStartsOnMondayAndDatesAreWrittenTheSwedishWay() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/new");
        DateTimePicker startsAt = _get(DateTimePicker.class, spec -> spec.withLabel("Börjar"));
        assertSwedish(startsAt.getDatePickerI18n());
        assertThat(startsAt.getLocale()).as("the clock of the time part").isEqualTo(Locale.forLanguageTag("sv"));
        assertThat(startsAt.getI18n().getDateLabel()).isEqualTo("Datum");
        assertThat(startsAt.getI18n().getTimeLabel()).isEqualTo("Tid");
        repeatWeekly("Upprepas");
        assertSwedish(
                _get(DatePicker.class, spec -> spec.withLabel("Sista datum")).getI18n());

        UI.getCurrent().navigate("events");
        assertSwedish(
                _get(DatePicker.class, spec -> spec.withLabel("Från och med")).getI18n());
        assertSwedish(
                _get(DatePicker.class, spec -> spec.withLabel("Till och med")).getI18n());
    }

    @Test
    void onAnArabicPageTheWeekStartsOnSaturdayAndMonthsAreInArabic() {
        signIn("Lina", Roles.STAFF);
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("staff/events/new");
        DateTimePicker startsAt = _get(DateTimePicker.class, spec -> spec.withLabel("تبدأ"));
        assertArabic(startsAt.getDatePickerI18n());
        assertThat(startsAt.getI18n().getDateLabel()).isEqualTo("التاريخ");
        repeatWeekly("يتكرر");
        assertArabic(_get(DatePicker.class, spec -> spec.withLabel("آخر تاريخ")).getI18n());

        UI.getCurrent().navigate("events");
        assertArabic(_get(DatePicker.class, spec -> spec.withLabel("من")).getI18n());
    }

    @Test
    void switchingTheLanguageOnAnOpenPageSwitchesTheCalendarToo() {
        UI.getCurrent().navigate("events");
        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Från och med"));
        assertSwedish(from.getI18n());
        useLocale(Locale.forLanguageTag("ar"));
        assertArabic(from.getI18n());
    }

    /** The series' last date is asked for once the event repeats. */
    @SuppressWarnings("unchecked")
    private static void repeatWeekly(String repeatLabel) {
        _get(Select.class, spec -> spec.withLabel(repeatLabel)).setValue(SeriesRule.Frequency.WEEKLY);
    }

    private static void assertSwedish(DatePickerI18n i18n) {
        assertThat(i18n).as("the calendar has Swedish texts").isNotNull();
        assertThat(i18n.getFirstDayOfWeek())
                .as("first day of the week (1 = Monday)")
                .isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("januari", "februari").endsWith("december");
        assertThat(i18n.getWeekdays()).startsWith("söndag", "måndag");
        assertThat(i18n.getWeekdaysShort().get(1)).isEqualTo("mån");
        assertThat(i18n.getToday()).isEqualTo("Idag");
        assertThat(i18n.getCancel()).isEqualTo("Avbryt");
        assertThat(i18n.getDateFormats())
                .as("shown as 2026-12-24, also accepted 24/12/2026 and 24.12.2026")
                .containsExactly("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");
        assertThat(i18n.getBadInputErrorMessage()).startsWith("Skriv datumet så här, till exempel 20");
    }

    private static void assertArabic(DatePickerI18n i18n) {
        assertThat(i18n).as("the calendar has Arabic texts").isNotNull();
        assertThat(i18n.getFirstDayOfWeek())
                .as("first day of the week (6 = Saturday)")
                .isEqualTo(6);
        assertThat(i18n.getMonthNames()).startsWith("يناير").endsWith("ديسمبر");
        assertThat(i18n.getWeekdays().get(6)).isEqualTo("السبت");
        assertThat(i18n.getToday()).isEqualTo("اليوم");
        assertThat(i18n.getCancel()).isEqualTo("إلغاء");
        assertThat(i18n.getDateFormats())
                .as("shown as 24/12/2026 with Latin digits, ISO accepted too")
                .containsExactly("dd/MM/yyyy", "yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");
    }
}
