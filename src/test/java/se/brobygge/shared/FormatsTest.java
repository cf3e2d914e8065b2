package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/** Times are shown in the municipality's zone and the reader's locale, whatever the server's zone. */
class FormatsTest {

    static final Instant MIDSUMMER_EVENING = Instant.parse("2026-06-19T16:30:00Z");

    @Test
    void swedishReadersSeeStockholmSummerTime() {
        assertThat(Formats.dateTime(MIDSUMMER_EVENING, Locale.forLanguageTag("sv")))
                .contains("18:30")
                .contains("2026");
    }

    @Test
    void englishReadersSeeTheSameMomentInTheirFormat() {
        assertThat(Formats.dateTime(MIDSUMMER_EVENING, Locale.ENGLISH))
                .contains("6:30")
                .contains("Jun");
    }

    @Test
    void arabicReadersGetArabicMonthNames() {
        assertThat(Formats.date(MIDSUMMER_EVENING, Locale.forLanguageTag("ar"))).contains("يونيو");
    }

    @Test
    void winterTimeIsOneHourAhead() {
        assertThat(Formats.dateTime(Instant.parse("2026-12-13T16:30:00Z"), Locale.forLanguageTag("sv")))
                .contains("17:30");
    }

    /** Tuesday 15 December 2026, 17:30 in Stockholm. */
    static final Instant DECEMBER_EVENING = Instant.parse("2026-12-15T16:30:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sv  | tisdag 15 december 2026      | 15 december 2026 17:30 | 12 345  | 2,5
            en  | Tuesday, December 15, 2026   | December 15, 2026      | 12,345  | 2.5
            ar  | الثلاثاء، 15 ديسمبر 2026    | 15 ديسمبر 2026         | 12,345  | 2.5
            prs | سه‌شنبه 15 دسمبر 2026        | 15 دسمبر 2026          | 12,345  | 2.5
            so  | Talaado, Diseembar 15, 2026  | Diseembar 15, 2026     | 12,345  | 2.5
            ti  | ሰሉስ፣ 15 ታሕሳስ 2026          | ታሕሳስ 15, 2026         | 12,345  | 2.5
            uk  | вівторок, 15 грудня 2026 р.  | 15 грудня 2026 р., 17:30 | 12 345 | 2,5
            """)
    void everyLanguageReadsTheMonthWeekdayAndNumbersInItsOwnWords(
            String code, String fullDate, String dateTime, String thousands, String decimal) {
        Language language = Language.byCode(code).orElseThrow();
        Locale page = language.locale();
        assertThat(spaces(Formats.date(LocalDate.of(2026, 12, 15), page))).isEqualTo(fullDate);
        assertThat(spaces(Formats.dateTime(DECEMBER_EVENING, page))).contains(dateTime);
        assertThat(Formats.dateTime(DECEMBER_EVENING, language)).isEqualTo(Formats.dateTime(DECEMBER_EVENING, page));
        assertThat(spaces(Formats.number(12345, page))).isEqualTo(thousands);
        assertThat(Formats.decimal(2.5, 1, page)).isEqualTo(decimal);
    }

    @Test
    void dariIsFormattedAsAfghanPersianWithLatinDigitsAndA24HourClock() {
        Locale dari = Language.DARI.locale();
        assertThat(Formats.locale(Language.DARI).toLanguageTag()).isEqualTo("fa-AF-u-nu-latn");
        assertThat(Formats.time(DECEMBER_EVENING, dari)).isEqualTo("17:30");
        assertThat(Formats.month(Month.DECEMBER, dari)).isEqualTo("دسمبر");
        assertThat(Formats.weekday(DayOfWeek.TUESDAY, dari)).isEqualTo("سه\u200cشنبه");
    }

    @Test
    void ukrainianHeadingsUseTheNominativeAndSentencesTheGenitive() {
        Locale uk = Language.UKRAINIAN.locale();
        assertThat(Formats.monthYear(YearMonth.of(2026, 12), uk)).isEqualTo("грудень 2026");
        assertThat(Formats.date(DECEMBER_EVENING, uk)).contains("грудня");
    }

    @Test
    void aLanguageBrobyggeIsNotWrittenInKeepsItsOwnLocale() {
        assertThat(Formats.date(LocalDate.of(2026, 12, 15), Locale.GERMAN)).isEqualTo("Dienstag, 15. Dezember 2026");
    }

    /** CLDR separates thousands and clock parts with no-break spaces of several kinds. */
    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
