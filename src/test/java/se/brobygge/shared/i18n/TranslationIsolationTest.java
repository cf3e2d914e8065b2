package se.brobygge.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names of the other direction put into a translated sentence are isolated; others are left alone. */
class TranslationIsolationTest {

    @Test
    void aLatinNameInAnArabicSentenceIsIsolated() {
        assertThat(TranslationProvider.isolated(new Object[] {"Amal Haddad", "أمل", 3}, Language.ARABIC))
                .containsExactly("\u2068Amal Haddad\u2069", "أمل", 3);
    }

    @Test
    void anArabicNameInASwedishSentenceIsIsolatedAndLatinOnesAreNot() {
        assertThat(TranslationProvider.isolated(new Object[] {"أمل حداد", "Erik", "12:30"}, Language.SWEDISH))
                .containsExactly("\u2068أمل حداد\u2069", "Erik", "12:30");
    }

    @Test
    void anAlreadyIsolatedTextIsNotWrappedTwice() {
        assertThat(TranslationProvider.isolated(new Object[] {"\u2068Erik\u2069"}, Language.ARABIC))
                .containsExactly("\u2068Erik\u2069");
    }
}
