package se.brobygge.associations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;
import static se.brobygge.support.MultilingualFields.field;
import static se.brobygge.support.MultilingualFields.marks;
import static se.brobygge.support.MultilingualFields.select;
import static se.brobygge.support.MultilingualFields.selected;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Representatives write their association's description and meeting times, and their activities'
 * titles and descriptions, in Swedish and, optionally, other languages; readers see their page's
 * language, or the Swedish original marked as such.
 */
class AssociationTranslationsKT extends KaribuTest {

    static final String ARABIC_DESCRIPTION = "نلعب كرة القدم كل أسبوع ونرحب بالأعضاء الجدد.";
    static final String ARABIC_MEETING = "الثلاثاء 18–19";
    static final String ARABIC_TITLE = "كرة القدم للفتيات";
    static final String ARABIC_ACTIVITY = "تدريب للمبتدئات.";
    static final String SWEDISH_DESCRIPTION = "Vi spelar fotboll varje vecka och välkomnar nya medlemmar.";

    @Autowired
    AssociationService associations;

    @Autowired
    ActivityService activities;

    @Test
    void theArabicPagesShowTheArabicTextsAndTheSomaliPagesTheSwedishMarkedAsSwedish() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String name = unique("Flickfotboll");
        AssociationId id = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associations.register(AssociationDraft.builder()
                        .name(name)
                        .organisationNumber(AssociationTestData.organisationNumber())
                        .type(AssociationType.SPORTS)
                        .description(SWEDISH_DESCRIPTION)
                        .descriptionTranslations(Map.of(Language.ARABIC, ARABIC_DESCRIPTION))
                        .languages(Set.of("sv", "ar"))
                        .areas(Set.of("Norrby"))
                        .contactEmail("kontakt@forening.example")
                        .meetingTimes("Tisdagar 18–19")
                        .meetingTimesTranslations(Map.of(Language.ARABIC, ARABIC_MEETING))
                        .build()));
        RunAs.run(
                sara,
                Roles.RESIDENT,
                () -> activities.add(
                        id,
                        new ActivityDraft(
                                MultilingualText.of("Fotboll för tjejer").with(Language.ARABIC, ARABIC_TITLE),
                                MultilingualText.of("Träning för nybörjare.").with(Language.ARABIC, ARABIC_ACTIVITY),
                                DayOfWeek.TUESDAY,
                                LocalTime.of(18, 0),
                                LocalTime.of(19, 0),
                                Recurrence.WEEKLY,
                                null)));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("associations/" + id.value());
        assertText(paragraph(ARABIC_DESCRIPTION), "ar");
        assertText(_get(Span.class, spec -> spec.withText(ARABIC_MEETING)), "ar");
        assertText(_get(H3.class, spec -> spec.withText(ARABIC_TITLE)), "ar");
        assertText(paragraph(ARABIC_ACTIVITY), "ar");
        assertThat(marks()).as("nothing falls back on the Arabic page").isEmpty();
        UI.getCurrent().navigate("associations");
        _get(TextField.class, spec -> spec.withLabel(UI.getCurrent().getTranslation("associations.filter.text")))
                .setValue(name.substring(name.lastIndexOf(' ') + 1));
        assertText(paragraph(ARABIC_DESCRIPTION), "ar");
        assertText(_find(Span.class, spec -> spec.withText(ARABIC_TITLE)).getFirst(), "ar");

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("associations/" + id.value());
        assertText(paragraph(SWEDISH_DESCRIPTION), "sv");
        assertText(_get(Span.class, spec -> spec.withText("Tisdagar 18–19")), "sv");
        assertText(_get(H3.class, spec -> spec.withText("Fotboll för tjejer")), "sv");
        assertText(paragraph("Träning för nybörjare."), "sv");
        assertThat(marks())
                .as("description, meeting times, activity title and description each marked as Swedish, in Somali")
                .hasSize(4)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));
    }

    @Test
    void theEditorsRequireSwedishAndKeepTheArabicForTheNextEdit() {
        TestAccounts.Created sara = signIn("Sara", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Läxklubben"))));
        UI.getCurrent().navigate("associations/" + id.value() + "/manage");

        // the profile: only an Arabic description is not enough
        MultilingualField description = field("Föreningens beskrivning");
        description.field(Language.SWEDISH).setValue("");
        select(description, "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Föreningens beskrivning (arabiska)"))
                .setValue(ARABIC_DESCRIPTION);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        TextArea swedish = (TextArea) description.field(Language.SWEDISH);
        assertThat(swedish.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedish.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("associations.validation.descriptionSwedish"));
        assertThat(selected(description))
                .as("the Swedish field is shown again, with its message")
                .isEqualTo("Svenska *");
        swedish.setValue("Vi gör läxor tillsammans.");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(swedish.isInvalid()).isFalse();

        // an activity: only an Arabic title is not enough
        MultilingualField title = field("Namn på aktiviteten");
        select(title, "Arabiska");
        _get(TextField.class, spec -> spec.withLabel("Namn på aktiviteten (arabiska)"))
                .setValue(ARABIC_TITLE);
        @SuppressWarnings("unchecked")
        Select<DayOfWeek> weekday = _get(Select.class, spec -> spec.withLabel("Veckodag"));
        weekday.setValue(DayOfWeek.TUESDAY);
        _get(TimePicker.class, spec -> spec.withLabel("Börjar")).setValue(LocalTime.of(18, 0));
        _get(TimePicker.class, spec -> spec.withLabel("Slutar")).setValue(LocalTime.of(19, 0));
        _click(_get(Button.class, spec -> spec.withText("Spara aktiviteten")));
        TextField swedishTitle = _get(TextField.class, spec -> spec.withLabel("Namn på aktiviteten"));
        assertThat(swedishTitle.isInvalid()).as("the Swedish title is required").isTrue();
        assertThat(swedishTitle.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("associations.validation.activityTitle"));
        assertThat(selected(title)).isEqualTo("Svenska *");
        swedishTitle.setValue("Fotboll för tjejer");
        _click(_get(Button.class, spec -> spec.withText("Spara aktiviteten")));
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Fotboll för tjejer");

        // both shown again for the next edit
        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        description = field("Föreningens beskrivning");
        select(description, "Arabiska");
        TextArea arabic = _get(TextArea.class, spec -> spec.withLabel("Föreningens beskrivning (arabiska)"));
        assertThat(arabic.getValue()).isEqualTo(ARABIC_DESCRIPTION);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("data-text-dir")).isEqualTo("rtl");
        _click(_get(Button.class, spec -> spec.withText("Ändra Fotboll för tjejer")));
        select(field("Namn på aktiviteten"), "Arabiska");
        TextField arabicTitle = _get(TextField.class, spec -> spec.withLabel("Namn på aktiviteten (arabiska)"));
        assertThat(arabicTitle.getValue()).isEqualTo(ARABIC_TITLE);
        arabicTitle.setValue("كرة القدم للجميع");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna i aktiviteten")));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("associations/" + id.value());
        assertText(_get(H3.class, spec -> spec.withText("كرة القدم للجميع")), "ar");
        assertText(paragraph(ARABIC_DESCRIPTION), "ar");
    }

    private static void assertText(Component text, String language) {
        assertThat(text.getElement().getAttribute("lang")).isEqualTo(language);
        assertThat(text.getElement().getAttribute("dir")).isEqualTo("auto");
    }

    private static Paragraph paragraph(String text) {
        return _get(Paragraph.class, spec -> spec.withText(text));
    }
}
