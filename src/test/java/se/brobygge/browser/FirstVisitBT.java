package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.support.BrowserTest;

/**
 * A phone set to a language opens Brobygge for the first time: the very first HTML already has
 * that language and direction, the start page is written in it, its pages say whether a translator
 * has checked it, and every language can be chosen with one tap, on a 360 px screen.
 */
class FirstVisitBT extends BrowserTest {

    @Autowired
    TranslationProvider translations;

    static Stream<Arguments> phones() {
        return Stream.of(
                Arguments.of("sv-SE,sv;q=0.9,en;q=0.5", Language.SWEDISH),
                Arguments.of("en-GB,en;q=0.9", Language.ENGLISH),
                Arguments.of("ar-SE,ar;q=0.9,sv;q=0.5", Language.ARABIC),
                Arguments.of("fa-AF,fa;q=0.9,en;q=0.5", Language.DARI),
                Arguments.of("so-SO,so;q=0.9", Language.SOMALI),
                Arguments.of("ti-ER,ti;q=0.9,en;q=0.3", Language.TIGRINYA),
                Arguments.of("uk-UA,uk;q=0.9,ru;q=0.8,en;q=0.5", Language.UKRAINIAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phones")
    void theFirstPageIsInThePhonesLanguage(String acceptLanguage, Language language) {
        Page page = newFirstVisit(acceptLanguage, 360, 740);
        Response first = page.navigate(url(""));
        String html = first.text();
        assertThat(html).as("the first HTML's language").containsPattern("<html[^>]*lang=\"" + language.code() + "\"");
        assertThat(html)
                .as("the first HTML's direction")
                .containsPattern("<html[^>]*dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"");
        waitUntilIdle(page);
        assertThat(page.locator("h1").first().textContent())
                .isEqualTo(translations.getTranslation("start.title", language.locale()));
        assertThat(page.locator(".language-unchecked").count())
                .as("a notice that no translator has checked the language yet, except on Swedish pages")
                .isEqualTo(language == Language.SWEDISH ? 0 : 1);
        if (language != Language.SWEDISH) {
            assertThat(page.locator(".language-unchecked").textContent())
                    .isEqualTo(translations.getTranslation("language.unchecked", language.locale()));
        }
        assertThat(page.locator(".start-languages button").allTextContents())
                .containsExactly(
                        Stream.of(Language.values()).map(Language::nativeName).toArray(String[]::new));
        assertThat(page.locator(".start-languages button[aria-current=true]").textContent())
                .isEqualTo(language.nativeName());
        Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("nothing scrolls sideways").isLessThanOrEqualTo(360);
        screenshot(page, "start-" + language.code() + "-360");
    }
}
