package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.employers.PostingTranslationsKT.field;
import static se.brobygge.employers.PostingTranslationsKT.marks;
import static se.brobygge.employers.PostingTranslationsKT.select;
import static se.brobygge.employers.PostingTranslationsKT.selected;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Staff write an employer session's theme and description in Swedish and, beside it, in other
 * languages; readers see their page's language, or the Swedish original marked as such, and the
 * event holding its seats carries the same texts.
 */
class SessionTranslationsKT extends KaribuTest {

    static final String ARABIC_THEME = "لقاء حول العمل في الرعاية";
    static final String ARABIC_DESCRIPTION = "نتحدث عن العمل والتدريب.";

    @Autowired
    SessionService sessions;

    @Autowired
    PlaceService places;

    @Autowired
    EventService events;

    @Test
    void theArabicPageShowsTheArabicTextsAndTheSomaliPageTheSwedishMarkedAsSwedish() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        String marker = Long.toString(System.nanoTime(), 36);
        String swedish = "Upprop om vården " + marker;
        String arabic = ARABIC_THEME + " " + marker;
        SessionDraft plain = EmployerTestData.session(swedish, place, 4, EmployerTestData.quotas(1, 1, 0, 0, 0));
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(SessionDraft.builder()
                                .theme(plain.theme())
                                .description(plain.description())
                                .placeId(plain.placeId())
                                .area(plain.area())
                                .startsAt(plain.startsAt())
                                .endsAt(plain.endsAt())
                                .seats(plain.seats())
                                .quotas(plain.quotas())
                                .repeat(1)
                                .intervalWeeks(1)
                                .themeTranslations(Map.of(Language.ARABIC, arabic))
                                .descriptionTranslations(Map.of(Language.ARABIC, ARABIC_DESCRIPTION))
                                .build()))
                .getFirst();

        signIn("Amal", Roles.RESIDENT);
        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("employer-sessions/" + id.value());
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(arabic);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        Paragraph description = paragraph(ARABIC_DESCRIPTION);
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(marks()).as("nothing falls back on the Arabic page").isEmpty();

        UI.getCurrent().navigate("employer-sessions");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText(arabic));
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("ar");

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("employer-sessions/" + id.value());
        title = _get(H1.class);
        assertThat(title.getText()).as("no Somali theme: the Swedish original").isEqualTo(swedish);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(paragraph(plain.description()).getElement().getAttribute("lang"))
                .isEqualTo("sv");
        assertThat(marks())
                .as("the theme and the description marked as written in Swedish, in Somali")
                .hasSize(2)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));

        Long eventId = RunAs.as(
                lina, Roles.STAFF, () -> sessions.session(id).orElseThrow().eventId());
        assertThat(events.event(new EventId(Objects.requireNonNull(eventId)))
                        .orElseThrow()
                        .titles()
                        .given(Language.ARABIC))
                .as("the event holding the seats has the Arabic theme too")
                .contains(arabic);
    }

    @Test
    void theSessionEditorRequiresSwedishAndKeepsTheArabicForTheNextEdit() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        String marker = Long.toString(System.nanoTime(), 36);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Upprop " + marker, place, 4, EmployerTestData.quotas(1, 1, 0, 0, 0))))
                .getFirst();
        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("staff/employer-sessions/" + id.value() + "/edit");
        MultilingualField theme = field("Tema");
        select(theme, "Arabiska");
        _get(TextField.class, spec -> spec.withLabel("Tema (arabiska)")).setValue(ARABIC_THEME + " " + marker);
        select(field("Beskrivning"), "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)")).setValue(ARABIC_DESCRIPTION);
        select(theme, "Svenska *");
        TextField swedishTheme = _get(TextField.class, spec -> spec.withLabel("Tema"));
        swedishTheme.setValue("");
        select(theme, "Arabiska");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));

        assertThat(swedishTheme.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedishTheme.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("employers.validation.theme"));
        assertThat(selected(theme))
                .as("the Swedish field is shown again, with its message")
                .isEqualTo("Svenska *");

        swedishTheme.setValue("Upprop om vården " + marker);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo("Upprop om vården " + marker);

        UI.getCurrent().navigate("staff/employer-sessions/" + id.value() + "/edit");
        theme = field("Tema");
        select(theme, "Arabiska");
        TextField arabic = _get(TextField.class, spec -> spec.withLabel("Tema (arabiska)"));
        assertThat(arabic.getValue()).as("the Arabic text shown again on edit").isEqualTo(ARABIC_THEME + " " + marker);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("employer-sessions/" + id.value());
        assertThat(_get(H1.class).getText()).isEqualTo(ARABIC_THEME + " " + marker);
        assertThat(paragraph(ARABIC_DESCRIPTION).getElement().getAttribute("lang"))
                .isEqualTo("ar");
    }

    private static Paragraph paragraph(String text) {
        return _find(Paragraph.class).stream()
                .filter(p -> text.equals(p.getText()))
                .findFirst()
                .orElseThrow();
    }
}
