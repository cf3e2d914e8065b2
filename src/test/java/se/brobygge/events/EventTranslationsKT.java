package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.support.MultilingualFields.field;
import static se.brobygge.support.MultilingualFields.marks;
import static se.brobygge.support.MultilingualFields.select;
import static se.brobygge.support.MultilingualFields.selected;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.RichTextView;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * An organiser writes an event's title and description in Swedish and, in tabs of their own, in
 * other languages; readers see their page's language, or the Swedish original marked as such.
 */
class EventTranslationsKT extends KaribuTest {

    static final String ARABIC_TITLE = "مقهى الواجبات المدرسية";
    static final String ARABIC_DESCRIPTION = "نساعد الأطفال في الواجبات المدرسية كل أسبوع.";

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Test
    void theArabicPageShowsTheArabicTextsAndTheSomaliPageTheSwedishMarkedAsSwedish() {
        TestAccounts.Created staff = signIn("Lina", Roles.STAFF);
        String swedish = "Läxhjälp " + System.nanoTime();
        EventId id = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft(swedish, 20).toBuilder()
                        .description("Vi hjälper barn med läxorna varje vecka.")
                        .titleTranslations(Map.of(Language.ARABIC, ARABIC_TITLE))
                        .descriptionTranslations(Map.of(Language.ARABIC, ARABIC_DESCRIPTION))
                        .build()));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("events/" + id.value());
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(ARABIC_TITLE);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(marks()).as("nothing falls back on the Arabic page").isEmpty();
        RichTextView description = _get(RichTextView.class);
        assertThat(description.getMarkdown()).isEqualTo(ARABIC_DESCRIPTION);
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("ar");

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("events/" + id.value());
        title = _get(H1.class);
        assertThat(title.getText()).as("no Somali title: the Swedish original").isEqualTo(swedish);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(marks())
                .as("the title and the description are each marked as written in Swedish, in Somali")
                .hasSize(2)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));
        description = _get(RichTextView.class);
        assertThat(description.getMarkdown()).isEqualTo("Vi hjälper barn med läxorna varje vecka.");
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void theEditorRequiresSwedishAndKeepsAnArabicTabForTheNextEdit() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/new");
        MultilingualField title = field("Namn på evenemanget");
        select(title, "Arabiska");
        String marker = String.valueOf(System.nanoTime());
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget (arabiska)"))
                .setValue(ARABIC_TITLE + " " + marker);
        MultilingualField description = field("Beskrivning");
        select(description, "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)")).setValue(ARABIC_DESCRIPTION);
        LocalDateTime start = LocalDateTime.now()
                .plusDays(5)
                .withHour(16)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        _get(DateTimePicker.class, spec -> spec.withLabel("Börjar")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withLabel("Slutar")).setValue(start.plusHours(2));
        _get(TextField.class, spec -> spec.withLabel("Länk för att delta på nätet"))
                .setValue("https://meet.brohamn.example/laxor");
        _get(IntegerField.class, spec -> spec.withLabel("Antal platser")).setValue(15);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));

        TextField swedishTitle = _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget"));
        assertThat(swedishTitle.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedishTitle.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("events.validation.title"));
        assertThat(selected(title))
                .as("the Swedish tab is shown again, with its message")
                .isEqualTo("Svenska *");
        assertThat(swedishTitle.getElement().getAttribute("data-text-lang")).isEqualTo("sv");

        swedishTitle.setValue("Läxcafé " + marker);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(_get(H1.class).getText()).isEqualTo("Läxcafé " + marker);
        String path = UI.getCurrent().getActiveViewLocation().getPath();

        UI.getCurrent().navigate(path + "/edit");
        title = field("Namn på evenemanget");
        assertThat(title.getValue().texts())
                .containsEntry(Language.SWEDISH, "Läxcafé " + marker)
                .containsEntry(Language.ARABIC, ARABIC_TITLE + " " + marker);
        select(title, "Arabiska");
        TextField arabic = _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget (arabiska)"));
        assertThat(arabic.getValue()).as("the Arabic tab shown again on edit").isEqualTo(ARABIC_TITLE + " " + marker);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("data-text-dir")).isEqualTo("rtl");
        select(field("Beskrivning"), "Arabiska");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)"))
                        .getValue())
                .isEqualTo(ARABIC_DESCRIPTION);
        arabic.setValue("مقهى الواجبات " + marker);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate(path);
        assertThat(_get(H1.class).getText()).isEqualTo("مقهى الواجبات " + marker);
    }
}
