package se.brobygge.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    private static final Set<Language> ALL = EnumSet.allOf(Language.class);
    private static final List<Language> THREE = List.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC);

    @Test
    void anArabicPhoneGetsArabicWhateverItsRegion() {
        assertThat(AcceptLanguage.negotiate("ar", ALL)).hasValue(Language.ARABIC);
        assertThat(AcceptLanguage.negotiate("ar-SY,ar;q=0.9", ALL)).hasValue(Language.ARABIC);
        assertThat(AcceptLanguage.negotiate("AR-se", ALL)).hasValue(Language.ARABIC);
    }

    @Test
    void persianMeansDari() {
        assertThat(AcceptLanguage.negotiate("fa-AF,fa;q=0.9,en;q=0.5", ALL)).hasValue(Language.DARI);
        assertThat(AcceptLanguage.negotiate("fa", ALL)).hasValue(Language.DARI);
        assertThat(AcceptLanguage.negotiate("prs", ALL)).hasValue(Language.DARI);
    }

    @Test
    void qValuesDecideNotTheOrderOfTheHeader() {
        assertThat(AcceptLanguage.negotiate("en;q=0.3, so;q=0.8, sv;q=0.5", ALL))
                .hasValue(Language.SOMALI);
        assertThat(AcceptLanguage.negotiate("ti;q=0, uk", ALL)).hasValue(Language.UKRAINIAN);
    }

    @Test
    void onlyOfferedLanguagesAreChosenAndTheNextOneCounts() {
        assertThat(AcceptLanguage.negotiate("fa-AF,fa;q=0.9,ar;q=0.7,en;q=0.5", THREE))
                .hasValue(Language.ARABIC);
        assertThat(AcceptLanguage.negotiate("ti-ER,ti;q=0.9", THREE)).isEmpty();
    }

    @Test
    void unknownWildcardEmptyAndBrokenHeadersChooseNothing() {
        assertThat(AcceptLanguage.negotiate("de-DE,de;q=0.9,*;q=0.5", ALL)).isEmpty();
        assertThat(AcceptLanguage.negotiate("", ALL)).isEmpty();
        assertThat(AcceptLanguage.negotiate(null, ALL)).isEmpty();
        assertThat(AcceptLanguage.negotiate("ar;q=banana,,;;", ALL)).isEmpty();
    }
}
