package se.brobygge.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The languages without complete translations still get calendars in their own words. */
class PickerLocaleTest {

    private static DatePickerI18n i18n(String language) {
        return PickerLocale.of(Locale.forLanguageTag(language)).datePickerI18n((key, args) -> key);
    }

    @Test
    void dariHasAfghanMonthNamesASaturdayWeekAndAClockThatReadsBackWhatItWrote() {
        DatePickerI18n dari = i18n("prs");
        assertThat(dari.getMonthNames().getLast()).isEqualTo("دسمبر");
        assertThat(dari.getFirstDayOfWeek()).isEqualTo(6);
        assertThat(dari.getDateFormats().getFirst()).isEqualTo("yyyy/MM/dd");
        assertThat(PickerLocale.of(Locale.forLanguageTag("prs")).timeLocale().getLanguage())
                .as("the browser writes Dari times in Persian digits, which the time picker cannot read")
                .isNotEqualTo("fa")
                .isNotEqualTo("prs");
    }

    @Test
    void ukrainianMonthsAreInTheNominativeForTheCalendarHeading() {
        DatePickerI18n ukrainian = i18n("uk");
        assertThat(ukrainian.getMonthNames().getLast()).isEqualTo("грудень");
        assertThat(ukrainian.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(ukrainian.getDateFormats().getFirst()).isEqualTo("dd.MM.yyyy");
    }

    @Test
    void somaliTigrinyaAndEnglishStartOnMondayAsTheSwedishCalendarDoes() {
        for (String language : new String[] {"so", "ti", "en"}) {
            assertThat(PickerLocale.of(Locale.forLanguageTag(language)).firstDayOfWeek())
                    .as(language)
                    .isEqualTo(DayOfWeek.MONDAY);
        }
        assertThat(i18n("so").getMonthNames().getFirst()).isEqualTo("Jannaayo");
        assertThat(i18n("ti").getMonthNames().getFirst()).isEqualTo("ጥሪ");
    }

    @Test
    void theExampleInTheErrorMessageIsWrittenAsTheFieldShowsDates() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(PickerLocale.of(Locale.forLanguageTag("sv")).example(christmasEve))
                .isEqualTo("2026-12-24");
        assertThat(PickerLocale.of(Locale.forLanguageTag("ar")).example(christmasEve))
                .isEqualTo("24/12/2026");
        assertThat(PickerLocale.of(Locale.forLanguageTag("en")).example(christmasEve))
                .isEqualTo("24/12/2026");
    }
}
