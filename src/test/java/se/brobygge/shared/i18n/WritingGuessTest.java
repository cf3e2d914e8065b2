package se.brobygge.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WritingGuessTest {

    @Test
    void swedishTypedOnAnArabicPageIsSwedish() {
        assertThat(WritingGuess.of("Hej! Tack för fikan i går, vi ses på torsdag?", Language.ARABIC))
                .contains(Language.SWEDISH);
    }

    @Test
    void arabicTypedOnASwedishPageIsArabicAndOnADariPageDari() {
        assertThat(WritingGuess.of("شكراً على اللقاء، أراكم يوم الخميس", Language.SWEDISH))
                .contains(Language.ARABIC);
        assertThat(WritingGuess.of("تشکر از ملاقات", Language.DARI)).contains(Language.DARI);
    }

    @Test
    void latinTextKeepsALatinPagesLanguageAndMixedTextFollowsMostLetters() {
        assertThat(WritingGuess.of("Thanks for the coffee", Language.ENGLISH)).contains(Language.ENGLISH);
        assertThat(WritingGuess.of("Mahadsanid", Language.SOMALI)).contains(Language.SOMALI);
        assertThat(WritingGuess.of("Vi träffas på Biblioteket, مرحبا", Language.ARABIC))
                .contains(Language.SWEDISH);
        assertThat(WritingGuess.of("Дякую за зустріч", Language.SWEDISH)).contains(Language.UKRAINIAN);
        assertThat(WritingGuess.of("የቐንየለይ", Language.SWEDISH)).contains(Language.TIGRINYA);
    }

    @Test
    void noLettersNoGuess() {
        assertThat(WritingGuess.of("", Language.ARABIC)).isEmpty();
        assertThat(WritingGuess.of("12:30 – 14:00 :)", Language.ARABIC)).isEmpty();
    }
}
