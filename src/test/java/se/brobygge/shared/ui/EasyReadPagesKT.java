package se.brobygge.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Signing up for an event, mentoring, "my data" and a dialogue each offer an "Easy to read"
 * button; it opens that page's easy-read text, with a Listen button, in the page's language — in
 * all seven languages, also where the rest of the page still falls back to English.
 */
class EasyReadPagesKT extends KaribuTest {

    @Autowired
    EventEditingService editing;

    @Autowired
    DialogueService dialogues;

    /** The four pages and the easy-read text each opens. */
    private Map<String, String> pages() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé lättläst", 10)));
        var dialogue = DialogueTestData.open(dialogues, staff, DialogueTestData.unique("Parken"), false);
        return Map.of(
                "events/" + event.value(),
                "signup",
                "mentoring",
                "mentoring",
                "mentoring/profile",
                "mentoring",
                "my-data",
                "mydata",
                "dialogues/" + dialogue,
                "dialogue");
    }

    private static Dialog openEasyRead(String buttonText) {
        Button button = _get(Button.class, spec -> spec.withClasses("easy-read-button"));
        assertThat(button.getText()).isEqualTo(buttonText);
        assertThat(button.getElement().getAttribute("aria-haspopup")).isEqualTo("dialog");
        _click(button);
        return _get(Dialog.class, spec -> spec.withClasses("easy-read-dialog"));
    }

    private static List<String> shownLines(Dialog dialog) {
        return _get(dialog, EasyReadText.class).lines();
    }

    @Test
    void inSwedishEachPageExplainsItselfInEasySentencesAndLinksToTheEasyHelp() {
        Map<String, String> pages = pages();
        signIn("Amal", Roles.RESIDENT);
        Map<String, String> firstLines = Map.of(
                "signup", "Här anmäler du dig till evenemanget.",
                "mentoring", "Här kan du få en mentor. Du kan också bli mentor.",
                "mydata", "Här kan du se vad Brobygge har sparat om dig.",
                "dialogue", "Här frågar kommunen vad du tycker.");
        pages.forEach((route, text) -> {
            UI.getCurrent().navigate(route);
            Dialog dialog = openEasyRead("Lättläst");
            assertThat(dialog.getHeaderTitle()).as(route).startsWith("Lättläst: ");
            assertThat(shownLines(dialog)).as(route).startsWith(firstLines.get(text));
            assertThat(_find(dialog, Paragraph.class).stream().map(Paragraph::getText))
                    .as("one idea per line on " + route)
                    .contains(firstLines.get(text));
            ListenButton listen = _get(dialog, ListenButton.class);
            assertThat(listen.language()).isEqualTo("sv");
            assertThat(listen.getElement().getProperty("label")).isEqualTo("Lyssna");
            assertThat(listen.getElement().getProperty("stopLabel")).isEqualTo("Sluta läsa");
            assertThat(listen.text()).isEqualTo(String.join("\n", shownLines(dialog)));
            _click(_get(dialog, Button.class, spec -> spec.withText("Stäng")));
            assertThat(dialog.isOpened()).as("closed again on " + route).isFalse();
        });

        UI.getCurrent().navigate("my-data");
        Dialog dialog = openEasyRead("Lättläst");
        assertThat(_get(dialog, Anchor.class).getHref()).isEqualTo("help?easy#help-rights");
        assertThat(shownLines(dialog)).contains("Det går inte att ångra.");
    }

    @Test
    void inArabicTheEasyReadTextIsArabic() {
        Map<String, String> pages = pages();
        signIn("Samira", Roles.RESIDENT);
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        pages.forEach((route, text) -> {
            UI.getCurrent().navigate(route);
            Dialog dialog = openEasyRead("سهل القراءة");
            assertThat(dialog.getHeaderTitle()).as(route).startsWith("سهل القراءة: ");
            assertThat(_get(dialog, ListenButton.class).language()).isEqualTo("ar");
            assertThat(_get(dialog, ListenButton.class).getElement().getProperty("label"))
                    .isEqualTo("استمع");
            assertThat(shownLines(dialog)).isEqualTo(lines("ar", text));
            _click(_get(dialog, Button.class, spec -> spec.withText("إغلاق")));
        });
        UI.getCurrent().navigate("my-data");
        assertThat(shownLines(openEasyRead("سهل القراءة"))).contains("لا يمكن التراجع عن ذلك.");
    }

    /**
     * Dari, Somali, Tigrinya and Ukrainian: the rest of the page may still be English while it is
     * being translated, but the easy-read text and its buttons are in the language itself.
     */
    @ParameterizedTest
    @ValueSource(strings = {"prs", "so", "ti", "uk"})
    void theEasyReadTextsAreInTheLanguageEvenBeforeThePageIs(String language) throws IOException {
        Map<String, String> pages = pages();
        signIn("Hawa", Roles.RESIDENT);
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        Properties own = bundle(language);
        Properties english = bundle("en");
        pages.forEach((route, text) -> {
            UI.getCurrent().navigate(route);
            Dialog dialog = openEasyRead(own.getProperty("easyread.open"));
            assertThat(dialog.getHeaderTitle()).isEqualTo(own.getProperty("easyread." + text + ".title"));
            assertThat(shownLines(dialog)).as(route + " in " + language).isEqualTo(lines(language, text));
            assertThat(shownLines(dialog)).doesNotContainAnyElementsOf(lines("en", text));
            ListenButton listen = _get(dialog, ListenButton.class);
            assertThat(listen.language()).isEqualTo(language);
            assertThat(listen.getElement().getProperty("label"))
                    .isEqualTo(own.getProperty("easyread.listen"))
                    .isNotEqualTo(english.getProperty("easyread.listen"));
            _click(_get(dialog, Button.class, spec -> spec.withText(own.getProperty("easyread.close"))));
        });
    }

    @Test
    void theEasyReadHelpHasAListenButtonOnEveryText() {
        UI.getCurrent().navigate("help", QueryParameters.simple(Map.of("easy", "")));
        List<ListenButton> listen = _find(ListenButton.class);
        assertThat(listen).hasSize(5);
        assertThat(listen).allSatisfy(l -> assertThat(l.language()).isEqualTo("sv"));
        assertThat(listen.getFirst().text()).startsWith("Brobygge är en webbplats.");

        // in Somali the help's easy texts are Somali and read with a Somali voice
        UI.getCurrent().setLocale(Locale.forLanguageTag("so"));
        UI.getCurrent().navigate("help", QueryParameters.simple(Map.of("easy", "")));
        assertThat(_find(ListenButton.class))
                .hasSize(5)
                .allSatisfy(l -> assertThat(l.language()).isEqualTo("so"));
        assertThat(_find(ListenButton.class).getFirst().text()).startsWith("Brobygge waa bog internet.");
    }

    private static List<String> lines(String language, String text) {
        try {
            return Arrays.stream(bundle(language)
                            .getProperty("easyread." + text + ".text")
                            .split("\n"))
                    .map(String::strip)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = EasyReadPagesKT.class.getResourceAsStream("/vaadin-i18n/easyread_" + language + ".properties")) {
            assertThat(in).as("easy-read texts in " + language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
