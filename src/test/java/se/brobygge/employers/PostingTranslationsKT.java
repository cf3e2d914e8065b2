package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.TranslatedText;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * An employer writes a posting's texts in Swedish and, beside it, in other languages; readers see
 * their page's language, or the Swedish original marked as such.
 */
class PostingTranslationsKT extends KaribuTest {

    static final String ARABIC_TITLE = "تدريب في المطبخ";
    static final String ARABIC_DESCRIPTION = "تدريب في مطبخ دار المسنين.";

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    private EmployerId verifiedEmployer(TestAccounts.Created representative, String name) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EmployerId employer =
                RunAs.as(representative, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer(name)));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        return employer;
    }

    @Test
    void theArabicPageShowsTheArabicTextsAndTheSomaliPageTheSwedishMarkedAsSwedish() {
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer = verifiedEmployer(johan, "Köket AB");
        String marker = Long.toString(System.nanoTime(), 36);
        String swedish = "Praktik i köket " + marker;
        String arabic = ARABIC_TITLE + " " + marker;
        PostingId id = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(PostingDraft.builder()
                        .employerId(employer)
                        .kind(PostingKind.INTERNSHIP)
                        .title(swedish)
                        .occupation("51")
                        .description("Praktik på vårt äldreboende.")
                        .area("Centrum")
                        .periodFrom(LocalDate.now().plusDays(14))
                        .hours("Heltid, dagtid")
                        .swedishLevel(LanguageLevel.BASIC)
                        .support("En handledare som talar arabiska.")
                        .accessibility("Hiss och ramper.")
                        .contact("jobb@foretag.example")
                        .titleTranslations(Map.of(Language.ARABIC, arabic))
                        .descriptionTranslations(Map.of(Language.ARABIC, ARABIC_DESCRIPTION))
                        .build()));

        signIn("Amal", Roles.RESIDENT);
        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("jobs/" + id.value());
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(arabic);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        Span description = text(ARABIC_DESCRIPTION);
        assertThat(description.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(description.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(text("Heltid, dagtid").getElement().getAttribute("lang"))
                .as("the hours were written in Swedish only")
                .isEqualTo("sv");
        assertThat(marks())
                .as("hours, support and accessibility fall back to Swedish, each marked")
                .hasSize(3);

        UI.getCurrent().navigate("jobs");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText(arabic));
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("ar");

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("jobs/" + id.value());
        title = _get(H1.class);
        assertThat(title.getText()).as("no Somali title: the Swedish original").isEqualTo(swedish);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(text("Praktik på vårt äldreboende.").getElement().getAttribute("lang"))
                .isEqualTo("sv");
        assertThat(marks())
                .as("title, description, hours, support and accessibility marked as written in Swedish, in Somali")
                .hasSize(5)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));

        UI.getCurrent().navigate("jobs");
        link = _get(RouterLink.class, spec -> spec.withText(swedish));
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void thePostingEditorRequiresSwedishAndKeepsTheArabicForTheNextEdit() {
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer = verifiedEmployer(johan, "Bageriet AB");
        signInAs(johan, Roles.RESIDENT);
        UI.getCurrent().navigate("employers/" + employer.value() + "/postings/new");
        String marker = Long.toString(System.nanoTime(), 36);
        MultilingualField title = field("Rubrik");
        select(title, "Arabiska");
        _get(TextField.class, spec -> spec.withLabel("Rubrik (arabiska)")).setValue(ARABIC_TITLE + " " + marker);
        @SuppressWarnings("unchecked")
        ComboBox<Object> occupation = _get(ComboBox.class, spec -> spec.withLabel("Yrke"));
        ComboBoxKt.setUserInput(occupation, "kock");
        ComboBoxKt.selectByLabel(occupation, "Kockar och kallskänkor");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning")).setValue("Laga lunch till 300 elever.");
        select(field("Beskrivning"), "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning (arabiska)")).setValue(ARABIC_DESCRIPTION);
        @SuppressWarnings("unchecked")
        Select<String> area = _get(Select.class, spec -> spec.withLabel("Område"));
        area.setValue(area.getListDataView().getItems().findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withLabel("Från"))
                .setValue(LocalDate.now().plusDays(7));
        _get(TextField.class, spec -> spec.withLabel("Arbetstid")).setValue("Dagtid");
        _get(TextField.class, spec -> spec.withLabel("Kontakt")).setValue("kok@foretag.example");
        _click(_get(Button.class, spec -> spec.withText("Publicera")));

        TextField swedishTitle = _get(TextField.class, spec -> spec.withLabel("Rubrik"));
        assertThat(swedishTitle.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedishTitle.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("employers.validation.title"));
        assertThat(selected(title))
                .as("the Swedish field is shown again, with its message")
                .isEqualTo("Svenska *");
        assertThat(swedishTitle.getElement().getAttribute("data-text-lang")).isEqualTo("sv");

        swedishTitle.setValue("Praktik i bageriet " + marker);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        Posting saved = postings.ofEmployer(employer).stream()
                .filter(p -> p.title().equals("Praktik i bageriet " + marker))
                .findFirst()
                .orElseThrow();
        assertThat(saved.titles().given(Language.ARABIC)).contains(ARABIC_TITLE + " " + marker);

        UI.getCurrent()
                .navigate("employers/" + employer.value() + "/postings/"
                        + saved.id().value() + "/edit");
        title = field("Rubrik");
        select(title, "Arabiska");
        TextField arabic = _get(TextField.class, spec -> spec.withLabel("Rubrik (arabiska)"));
        assertThat(arabic.getValue()).as("the Arabic text shown again on edit").isEqualTo(ARABIC_TITLE + " " + marker);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("data-text-dir")).isEqualTo("rtl");
        arabic.setValue("تدريب في المخبز " + marker);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("jobs/" + saved.id().value());
        assertThat(_get(H1.class).getText()).isEqualTo("تدريب في المخبز " + marker);
        assertThat(text(ARABIC_DESCRIPTION).getElement().getAttribute("lang")).isEqualTo("ar");
    }

    /** The span holding exactly this text. */
    private static Span text(String text) {
        return _find(Span.class).stream()
                .filter(s -> text.equals(s.getText()))
                .findFirst()
                .orElseThrow();
    }

    static List<String> marks() {
        return _find(Span.class).stream()
                .filter(s -> s.hasClassName(TranslatedText.MARK_CLASS))
                .map(Span::getText)
                .toList();
    }

    /** The multilingual field whose Swedish field has this label. */
    static MultilingualField field(String label) {
        return _find(MultilingualField.class).stream()
                .filter(f -> label.equals(f.field(Language.SWEDISH).getLabel()))
                .findFirst()
                .orElseThrow();
    }

    /** Presses the language's button above the field, as a person choosing the language does. */
    static void select(MultilingualField field, String buttonText) {
        _click(_get(field, NativeButton.class, spec -> spec.withText(buttonText)));
    }

    /** The language whose field is shown: its button is the pressed one. */
    static String selected(Component field) {
        return _find(field, NativeButton.class).stream()
                .filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed")))
                .map(NativeButton::getText)
                .findFirst()
                .orElseThrow();
    }
}
