package se.brobygge.places.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.places.PlaceTestData.details;
import static se.brobygge.places.PlaceTestData.uniqueName;
import static se.brobygge.support.MultilingualFields.marks;
import static se.brobygge.support.MultilingualFields.select;
import static se.brobygge.support.MultilingualFields.selected;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.support.KaribuTest;

/**
 * Staff write a place's description and opening hours in Swedish and, optionally, in other
 * languages; readers see their page's language, or the Swedish original marked as such.
 */
class PlaceTranslationsKT extends KaribuTest {

    static final String ARABIC_DESCRIPTION = "مكان لقاء للجميع مع مقهى ومكتبة.";
    static final String ARABIC_HOURS = "الاثنين إلى الجمعة 10–18";

    @Autowired
    PlaceService places;

    @Test
    void theArabicPageShowsTheArabicTextsAndTheSomaliPageTheSwedishMarkedAsSwedish() {
        signIn("Lina", Roles.STAFF);
        Place place = places.create(details(uniqueName("Mötesplatsen"), "Centrum")
                .withTexts(
                        MultilingualText.of("En träffpunkt för alla med kafé och bibliotek.")
                                .with(Language.ARABIC, ARABIC_DESCRIPTION),
                        MultilingualText.of("Måndag–fredag 10–18").with(Language.ARABIC, ARABIC_HOURS)));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("places/" + place.id().value());
        Paragraph description = paragraph("place-description");
        assertThat(description.getText()).isEqualTo(ARABIC_DESCRIPTION);
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(description.getElement().getAttribute("dir")).isEqualTo("auto");
        Paragraph hours = paragraph("place-opening-hours");
        assertThat(hours.getText()).isEqualTo(ARABIC_HOURS);
        assertThat(hours.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(marks()).as("nothing falls back on the Arabic page").isEmpty();

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("places/" + place.id().value());
        description = paragraph("place-description");
        assertThat(description.getText())
                .as("no Somali description: the Swedish original")
                .isEqualTo("En träffpunkt för alla med kafé och bibliotek.");
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(description.getElement().getAttribute("dir")).isEqualTo("auto");
        hours = paragraph("place-opening-hours");
        assertThat(hours.getText()).isEqualTo("Måndag–fredag 10–18");
        assertThat(hours.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(marks())
                .as("the description and the opening hours are each marked as written in Swedish, in Somali")
                .hasSize(2)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));
    }

    @Test
    void theEditorRequiresSwedishBesideAnotherLanguageAndKeepsTheArabicForTheNextEdit() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/places");
        StaffPlacesView view = _get(StaffPlacesView.class);
        String name = uniqueName("Språkhuset");
        view.form.name.setValue(name);
        view.form.area.setValue("Centrum");
        MultilingualField description = view.form.description;
        select(description, "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)")).setValue(ARABIC_DESCRIPTION);
        int before = places.all().size();
        view.save.click();

        TextArea swedish = _get(TextArea.class, spec -> spec.withLabel("Beskrivning"));
        assertThat(swedish.isInvalid())
                .as("a text in another language needs the Swedish one")
                .isTrue();
        assertThat(swedish.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("places.error.original"));
        assertThat(selected(description))
                .as("the Swedish field is shown again, with its message")
                .isEqualTo("Svenska");
        assertThat(places.all()).as("nothing saved").hasSize(before);

        swedish.setValue("Ett hus för språk.");
        view.save.click();
        assertThat(swedish.isInvalid()).isFalse();
        Place saved = places.published(PlaceFilter.ALL).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(saved.details().descriptions().texts())
                .containsEntry(Language.SWEDISH, "Ett hus för språk.")
                .containsEntry(Language.ARABIC, ARABIC_DESCRIPTION);

        UI.getCurrent().navigate("staff/places");
        view = _get(StaffPlacesView.class);
        view.edit(saved);
        select(view.form.description, "Arabiska");
        TextArea arabic = _get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)"));
        assertThat(arabic.getValue()).as("the Arabic text shown again on edit").isEqualTo(ARABIC_DESCRIPTION);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("data-text-dir")).isEqualTo("rtl");
        arabic.setValue("بيت للغات.");
        view.save.click();

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("places/" + saved.id().value());
        assertThat(paragraph("place-description").getText()).isEqualTo("بيت للغات.");
    }

    private static Paragraph paragraph(String className) {
        return _get(Paragraph.class, spec -> spec.withClasses(className));
    }
}
