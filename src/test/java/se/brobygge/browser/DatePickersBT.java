package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;

/**
 * On a phone, in Swedish and in Arabic: the calendar of a date field starts the week on the
 * language's first day and names the month in the page's language; a date typed the page's way or
 * as ISO is accepted; on the Arabic page the calendar and the date-and-time field are mirrored.
 */
class DatePickersBT extends BrowserTest {

    private static final int WIDTH = 360;

    /** Per language: the "from" filter's label, the first weekday shown, a date written its way. */
    private record Expected(
            String fromLabel, String firstWeekday, String christmasEve, String newYearsEve, String direction) {}

    private static final Map<Language, Expected> EXPECTED = Map.of(
            Language.SWEDISH, new Expected("Från och med", "mån", "2026-12-24", "2026-12-31", "ltr"),
            Language.ARABIC, new Expected("من", "السبت", "24/12/2026", "31/12/2026", "rtl"));

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void theCalendarSpeaksThePagesLanguageAndTypedDatesAreAccepted(Language language) {
        Expected expected = EXPECTED.get(language);
        Page page = newPage(language, WIDTH, 720);
        open(page, "events");
        // on a phone the filters wait behind the "Filter" button
        page.locator(".events-view .filter-toggle").click();
        Locator input = page.getByLabel(expected.fromLabel(), new Page.GetByLabelOptions().setExact(true));
        input.click();
        page.waitForFunction("() => " + VISIBLE_CALENDARS + ".length > 0");
        page.waitForTimeout(500); // the calendar scrolls to this month
        screenshot(page, "date-picker-" + language.code() + "-" + WIDTH);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> calendars = (List<Map<String, Object>>) page.evaluate("() => " + VISIBLE_CALENDARS
                + ".map(c => { const r = c.shadowRoot || c; return {"
                + " header: r.querySelector('[part~=\"month-header\"]').textContent.trim(),"
                + " weekdays: [...r.querySelectorAll('[part~=\"weekday\"]')].map(w => w.textContent.trim())"
                + "     .filter(t => t.length > 0),"
                + " direction: getComputedStyle(c).direction }; })");
        String thisMonth = LocalDate.now(Formats.MUNICIPALITY_ZONE)
                .getMonth()
                .getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
        assertThat(calendars).as("calendars on screen").isNotEmpty();
        assertThat(calendars)
                .as("this month's calendar, headed in the page's language")
                .anySatisfy(c -> assertThat((String) c.get("header")).contains(thisMonth));
        for (Map<String, Object> calendar : calendars) {
            assertThat((List<?>) calendar.get("weekdays"))
                    .as("weekday headings of " + calendar.get("header"))
                    .first()
                    .isEqualTo(expected.firstWeekday());
            assertThat(calendar.get("direction"))
                    .as("direction of " + calendar.get("header"))
                    .isEqualTo(expected.direction());
        }
        page.keyboard().press("Escape");

        // on a phone the calendar is the way in (Vaadin turns typing off there): type on a wider screen
        page.setViewportSize(1024, 768);
        Locator field = input.locator("xpath=ancestor::vaadin-date-picker[1]");
        typeDate(page, input, expected.christmasEve());
        assertAccepted(field, input, "2026-12-24", expected.christmasEve());
        typeDate(page, input, "2026-12-31");
        assertAccepted(field, input, "2026-12-31", expected.newYearsEve());
        typeDate(page, input, "24.12.2026");
        assertAccepted(field, input, "2026-12-24", expected.christmasEve());
        assertThat(input.evaluate(DIRECTION)).as("the date box").isEqualTo(expected.direction());
        screenshot(page, "date-typed-" + language.code() + "-1024");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void theDateAndTimeFieldFollowsTheTextDirection(Language language) {
        Page page = newPage(language, WIDTH, 720);
        signIn(page, "Lina", Roles.STAFF);
        open(page, "staff/events/new");
        Locator startsAt = page.locator("vaadin-date-time-picker").first();
        Locator date = startsAt.locator("vaadin-date-picker input");
        Locator time = startsAt.locator("vaadin-time-picker input");
        BoundingBox dateBox = date.boundingBox();
        BoundingBox timeBox = time.boundingBox();
        if (language.rightToLeft()) {
            assertThat(dateBox.x).as("the date comes first, on the right").isGreaterThan(timeBox.x);
        } else {
            assertThat(dateBox.x).as("the date comes first, on the left").isLessThan(timeBox.x);
        }
        assertThat(List.of(dateBox.x, timeBox.x + timeBox.width))
                .as("both parts on the screen")
                .allSatisfy(x -> assertThat(x).isBetween(-0.5, WIDTH + 0.5));
        String direction = language.rightToLeft() ? "rtl" : "ltr";
        assertThat(date.evaluate(DIRECTION)).as("the date box").isEqualTo(direction);
        assertThat(time.evaluate(DIRECTION)).as("the time box").isEqualTo(direction);
        time.click();
        page.locator("vaadin-time-picker-item").first().waitFor();
        assertThat(page.locator("vaadin-time-picker-item").first().evaluate(DIRECTION))
                .as("the list of times")
                .isEqualTo(direction);
        screenshot(page, "date-time-picker-" + language.code() + "-" + WIDTH);
        page.keyboard().press("Escape");

        page.setViewportSize(1024, 768);
        typeDate(page, date, language.rightToLeft() ? "24/12/2026" : "2026-12-24");
        time.fill("17:30");
        time.press("Enter");
        waitUntilIdle(page);
        assertThat(startsAt.evaluate("e => e.value"))
                .as("value of the date-and-time field")
                .isEqualTo("2026-12-24T17:30");
        assertThat(startsAt.evaluate("e => e.invalid")).as("marked invalid").isEqualTo(false);
        assertThat(time.inputValue())
                .as("the time as the page's clock shows it")
                .isEqualTo(language.rightToLeft() ? "5:30 م" : "17:30");
    }

    private static final String DIRECTION = "e => getComputedStyle(e).direction";

    /** The month calendars of the open overlay that lie on the screen, wherever their shadow roots are. */
    private static final String VISIBLE_CALENDARS = "(() => { const found = [];"
            + " const walk = root => root.querySelectorAll('*').forEach(e => {"
            + "   if (e.localName === 'vaadin-month-calendar') found.push(e);"
            + "   if (e.shadowRoot) walk(e.shadowRoot); });"
            + " walk(document);"
            + " return found.filter(c => { const r = c.getBoundingClientRect();"
            + "   return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }); })()";

    private static void typeDate(Page page, Locator input, String text) {
        input.fill(text);
        input.press("Enter");
        waitUntilIdle(page);
    }

    private static void assertAccepted(Locator field, Locator input, String isoValue, String shown) {
        assertThat(field.evaluate("e => e.value")).as("value after typing").isEqualTo(isoValue);
        assertThat(field.evaluate("e => e.invalid")).as("marked invalid").isEqualTo(false);
        assertThat(input.inputValue()).as("shown as").isEqualTo(shown);
    }
}
