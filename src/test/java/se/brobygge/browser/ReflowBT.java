package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/** WCAG 1.4.10 Reflow: at 320 CSS pixels wide, nothing scrolls sideways. */
class ReflowBT extends BrowserTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void noPageScrollsHorizontallyAt320Pixels(Language language) {
        Page page = newPage(language, 320, 640);
        for (String route : new String[] {"", "login", "register", "forgot-password", "accessibility", "events"}) {
            open(page, route);
            Number scrollWidth = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrollWidth.intValue())
                    .as("/" + route + " (" + language.code() + ") width")
                    .isLessThanOrEqualTo(320);
        }
        screenshot(page, "events-320-" + language.code());
    }
}
