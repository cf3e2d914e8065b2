package se.brobygge.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.brobygge.shared.i18n.Formats;

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
}
