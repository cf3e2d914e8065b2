package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * "Easy to read" on the event page, in a real browser at phone width: the text opens in a dialog,
 * and its Listen button reads it aloud with the browser's own voices. Headless Chromium has no
 * voices, so the button stays hidden; a stand-in speech synthesis that has a voice for the page's
 * language shows the button and records what would be spoken.
 */
class EasyReadListenBT extends BrowserTest {

    @Autowired
    EventEditingService editing;

    /**
     * A stand-in for the browser's speech synthesis: one voice for {@code LANG}, arriving a moment
     * after the page loads (as real voices do), and a record of every utterance and cancel.
     */
    private static final String FAKE_SPEECH = """
            (() => {
              const events = new EventTarget();
              const record = { spoken: [], cancelled: 0 };
              let voices = [];
              let speaking = false;
              window.SpeechSynthesisUtterance = class {
                constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
              };
              const synth = {
                getVoices: () => voices,
                speak(u) { record.spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.lang : null }); speaking = true; },
                cancel() { record.cancelled++; speaking = false; },
                pause() {}, resume() {},
                get speaking() { return speaking; }, pending: false, paused: false,
                addEventListener: (type, listener) => events.addEventListener(type, listener),
                removeEventListener: (type, listener) => events.removeEventListener(type, listener),
              };
              Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
              window.__speech = record;
              setTimeout(() => {
                voices = [{ lang: 'LANG', name: 'Test voice', voiceURI: 'test', default: true, localService: true }];
                events.dispatchEvent(new Event('voiceschanged'));
              }, 300);
            })();
            """;

    private EventId event() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        return RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé i parken", 12)));
    }

    private Locator openEasyRead(Page page, EventId event, String buttonName) {
        open(page, "events/" + event.value());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(buttonName))
                .click();
        // the dialog element itself has no box: its content is what shows
        page.locator(".easy-read-lines p").first().waitFor();
        assertThat(page.locator("vaadin-dialog.easy-read-dialog").getAttribute("role"))
                .isEqualTo("dialog");
        return page.locator(".easy-read-lines");
    }

    @Test
    void withoutAVoiceForTheLanguageThereIsNoListenButton() {
        EventId event = event();
        Page page = newPage(Language.SWEDISH, 360, 740);
        openEasyRead(page, event, "Lättläst");
        assertThat(page.locator(".easy-read-lines p").first().textContent())
                .isEqualTo("Här anmäler du dig till evenemanget.");
        assertThat(((Number) page.evaluate("speechSynthesis.getVoices().filter(v => v.lang.startsWith('sv')).length"))
                        .intValue())
                .as("headless Chromium has no Swedish voice")
                .isZero();
        page.waitForTimeout(500); // voices would have arrived by now
        assertThat(page.locator("easy-read-listen").count()).isOne();
        assertThat(page.locator("easy-read-listen").isHidden()).isTrue();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lyssna"))
                        .count())
                .isZero();
    }

    @ParameterizedTest
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void withAVoiceListenReadsTheTextInThePageLanguageAndASecondPressStops(Language language) {
        Map<Language, List<String>> names = Map.of(
                Language.SWEDISH, List.of("Lättläst", "Lyssna", "Sluta läsa", "Här anmäler du dig till evenemanget."),
                Language.ARABIC, List.of("سهل القراءة", "استمع", "أوقف القراءة", "هنا تسجّل في الفعالية."));
        String open = names.get(language).get(0);
        String listen = names.get(language).get(1);
        String stop = names.get(language).get(2);
        String firstLine = names.get(language).get(3);
        EventId event = event();
        Page page = newPage(language, 360, 740);
        String voice = language == Language.SWEDISH ? "sv-SE" : "ar-SA";
        page.addInitScript(FAKE_SPEECH.replace("'LANG'", "'" + voice + "'"));

        openEasyRead(page, event, open);
        Locator listenButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(listen));
        listenButton.waitFor();
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
        List<String> shown = page.locator(".easy-read-lines p").allTextContents();
        assertThat(shown.getFirst()).isEqualTo(firstLine);
        page.waitForTimeout(400); // the dialog fades in
        screenshot(page, "easy-read-signup-" + language.code() + "-360");
        assertNoAxeViolations(page, "easy-read dialog on the event page (" + language.code() + ")");

        listenButton.click();
        Locator stopButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(stop));
        stopButton.waitFor();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spoken = (List<Map<String, Object>>) page.evaluate("window.__speech.spoken");
        assertThat(spoken).extracting(s -> s.get("text")).containsExactlyElementsOf(shown);
        assertThat(spoken).allSatisfy(s -> {
            assertThat(s.get("lang")).isEqualTo(language.code());
            assertThat(s.get("voice")).isEqualTo(voice);
        });
        int cancelledBefore = ((Number) page.evaluate("window.__speech.cancelled")).intValue();

        stopButton.click();
        listenButton.waitFor();
        assertThat(((Number) page.evaluate("window.__speech.cancelled")).intValue())
                .as("the second press stops the reading")
                .isGreaterThan(cancelledBefore);
        assertThat(((Number) page.evaluate("window.__speech.spoken.length")).intValue())
                .as("and says nothing more")
                .isEqualTo(spoken.size());

        // closing the dialog with the keyboard returns to the page
        page.keyboard().press("Escape");
        page.locator(".easy-read-lines").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForFunction(
                "() => document.activeElement" + " && document.activeElement.classList.contains('easy-read-button')");
    }
}
