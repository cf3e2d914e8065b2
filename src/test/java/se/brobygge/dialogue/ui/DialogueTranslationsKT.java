package se.brobygge.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.support.MultilingualFields.field;
import static se.brobygge.support.MultilingualFields.marks;
import static se.brobygge.support.MultilingualFields.select;
import static se.brobygge.support.MultilingualFields.selected;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.Summary;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.RichTextView;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Staff write a dialogue's question, background and summary in Swedish and, beside it, in other
 * languages; readers see their page's language, or the Swedish original marked as such. Residents'
 * posts are not touched (they stay as written).
 */
class DialogueTranslationsKT extends KaribuTest {

    static final String ARABIC_TITLE = "كيف نستخدم المكتبة؟";
    static final String ARABIC_BACKGROUND = "نريد أن نعرف كيف **تستخدم** المكتبة.";
    static final String ARABIC_HEARD = "سمعنا أن الناس يريدون أماكن للقراءة.";

    @Autowired
    DialogueService dialogues;

    @Test
    void theArabicPageShowsTheArabicTextsAndTheSomaliPageTheSwedishMarkedAsSwedish() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        String swedish = DialogueTestData.unique("Biblioteket");
        String arabicTitle = ARABIC_TITLE + " " + swedish.substring(swedish.indexOf(' ') + 1);
        DialogueDraft plain = DialogueTestData.draft(swedish, false);
        DialogueId id = RunAs.as(
                lina,
                Roles.STAFF,
                () -> dialogues.open(new DialogueDraft(
                        plain.title(),
                        plain.background(),
                        plain.department(),
                        plain.area(),
                        plain.opensAt(),
                        plain.closesAt(),
                        plain.languages(),
                        false,
                        Map.of(Language.ARABIC, arabicTitle),
                        Map.of(Language.ARABIC, ARABIC_BACKGROUND))));
        RunAs.run(lina, Roles.STAFF, () -> {
            dialogues.close(id);
            dialogues.summarise(
                    id,
                    new Summary(
                            "Vi hörde om läsplatser.",
                            "Vi öppnar en läsesal.",
                            null,
                            Map.of(Language.ARABIC, ARABIC_HEARD),
                            Map.of()));
        });

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("dialogues/" + id);
        H1 title = _get(H1.class);
        assertThat(title.getText()).isEqualTo(arabicTitle);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        RichTextView background = _get(RichTextView.class);
        assertThat(background.getMarkdown()).isEqualTo(ARABIC_BACKGROUND);
        assertThat(background.getElement().getAttribute("lang")).isEqualTo("ar");
        Paragraph heard = summaryText("سمعنا");
        assertThat(heard.getElement().getAttribute("lang")).isEqualTo("ar");
        Paragraph actions = summaryText("Vi öppnar en läsesal.");
        assertThat(actions.getElement().getAttribute("lang"))
                .as("the actions were written in Swedish only")
                .isEqualTo("sv");
        assertThat(marks()).as("only the actions fall back on the Arabic page").hasSize(1);

        UI.getCurrent().navigate("dialogues");
        RouterLink link = _get(RouterLink.class, spec -> spec.withText(arabicTitle));
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("ar");

        useLocale(Language.SOMALI.locale());
        UI.getCurrent().navigate("dialogues/" + id);
        title = _get(H1.class);
        assertThat(title.getText())
                .as("no Somali question: the Swedish original")
                .isEqualTo(swedish);
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(title.getElement().getAttribute("dir")).isEqualTo("auto");
        background = _get(RichTextView.class);
        assertThat(background.getMarkdown()).isEqualTo("Hur vill **du** använda biblioteket?");
        assertThat(background.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(summaryText("Vi hörde om läsplatser.").getElement().getAttribute("lang"))
                .isEqualTo("sv");
        assertThat(marks())
                .as("the question, the background and both summary texts are marked as written in Swedish, in Somali")
                .hasSize(4)
                .allSatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));

        UI.getCurrent().navigate("dialogues");
        link = _get(RouterLink.class, spec -> spec.withText(swedish));
        assertThat(link.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(marks()).anySatisfy(mark -> assertThat(mark).startsWith("Waxaa lagu qoray "));
    }

    @Test
    void theEditorRequiresSwedishAndKeepsTheArabicForTheNextEdit() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/dialogues/new");
        String marker = Long.toString(System.nanoTime(), 36);
        MultilingualField title = field("Fråga");
        select(title, "Arabiska");
        _get(TextField.class, spec -> spec.withLabel("Fråga (arabiska)")).setValue(ARABIC_TITLE + " " + marker);
        _get(TextArea.class, spec -> spec.withLabel("Bakgrund")).setValue("Vad vill **ni** göra?");
        select(field("Bakgrund"), "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Bakgrund (arabiska)")).setValue(ARABIC_BACKGROUND);
        _get(TextField.class, spec -> spec.withLabel("Ansvarig förvaltning")).setValue("Kulturförvaltningen");
        _click(_get(Button.class, spec -> spec.withText("Publicera dialogen")));

        TextField swedishTitle = _get(TextField.class, spec -> spec.withLabel("Fråga"));
        assertThat(swedishTitle.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedishTitle.getErrorMessage())
                .as("the message next to the Swedish field")
                .isEqualTo(UI.getCurrent().getTranslation("dialogue.validation.title"));
        assertThat(selected(title))
                .as("the Swedish field is shown again, with its message")
                .isEqualTo("Svenska *");
        assertThat(swedishTitle.getElement().getAttribute("data-text-lang")).isEqualTo("sv");

        swedishTitle.setValue("Biblioteket " + marker);
        _click(_get(Button.class, spec -> spec.withText("Publicera dialogen")));
        assertThat(_get(H1.class).getText()).isEqualTo("Biblioteket " + marker);
        String path = UI.getCurrent().getActiveViewLocation().getPath();

        UI.getCurrent().navigate("staff/" + path + "/edit");
        title = field("Fråga");
        assertThat(title.getValue().texts())
                .containsEntry(Language.SWEDISH, "Biblioteket " + marker)
                .containsEntry(Language.ARABIC, ARABIC_TITLE + " " + marker);
        select(title, "Arabiska");
        TextField arabic = _get(TextField.class, spec -> spec.withLabel("Fråga (arabiska)"));
        assertThat(arabic.getValue()).as("the Arabic text shown again on edit").isEqualTo(ARABIC_TITLE + " " + marker);
        assertThat(arabic.getElement().getAttribute("data-text-lang")).isEqualTo("ar");
        assertThat(arabic.getElement().getAttribute("data-text-dir")).isEqualTo("rtl");
        arabic.setValue("المكتبة " + marker);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate(path);
        assertThat(_get(H1.class).getText()).isEqualTo("المكتبة " + marker);
        assertThat(_get(RichTextView.class).getMarkdown()).isEqualTo(ARABIC_BACKGROUND);
    }

    @Test
    void theSummaryFormRequiresSwedishAndShowsTheArabicAgain() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Parken"), false);
        RunAs.run(lina, Roles.STAFF, () -> dialogues.close(id));
        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("dialogues/" + id);
        MultilingualField heard = field("Det här hörde vi");
        select(heard, "Arabiska");
        _get(TextArea.class, spec -> spec.withLabel("Det här hörde vi (arabiska)"))
                .setValue(ARABIC_HEARD);
        _get(TextArea.class, spec -> spec.withLabel("Det här gör kommunen")).setValue("Vi öppnar en läsesal.");
        _click(_get(Button.class, spec -> spec.withText("Publicera sammanfattningen")));
        TextArea swedishHeard = _get(TextArea.class, spec -> spec.withLabel("Det här hörde vi"));
        assertThat(swedishHeard.isInvalid()).as("Swedish is required").isTrue();
        assertThat(swedishHeard.getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("dialogue.validation.summaryText"));
        assertThat(selected(heard)).isEqualTo("Svenska *");

        swedishHeard.setValue("Vi hörde om läsplatser.");
        _click(_get(Button.class, spec -> spec.withText("Publicera sammanfattningen")));
        heard = field("Det här hörde vi");
        assertThat(heard.getValue().texts())
                .as("the form shows the saved summary, the Arabic too")
                .containsEntry(Language.SWEDISH, "Vi hörde om läsplatser.")
                .containsEntry(Language.ARABIC, ARABIC_HEARD);

        useLocale(Language.ARABIC.locale());
        UI.getCurrent().navigate("dialogues/" + id);
        assertThat(summaryText(ARABIC_HEARD).getElement().getAttribute("lang")).isEqualTo("ar");
    }

    /** The summary's paragraph starting with this text. */
    private static Paragraph summaryText(String start) {
        return _find(Paragraph.class).stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow();
    }
}
