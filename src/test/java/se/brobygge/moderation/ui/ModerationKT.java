package se.brobygge.moderation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.Decision;
import se.brobygge.moderation.ModerationAdminService;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.QueueFilter;
import se.brobygge.moderation.QueueItem;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.moderation.ReviewReason;
import se.brobygge.moderation.WatchedWord;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The review queue, the decision page, the author's page with the reason and appeal, watched words. */
class ModerationKT extends KaribuTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    @Autowired
    ModerationAdminService admin;

    @Test
    void aModeratorDecidesInTheQueueAndTheAuthorSeesTheReasonAndAppeals() {
        DialogueId id = DialogueTestData.open(
                dialogues, accounts.create("Lina", Roles.STAFF), DialogueTestData.unique("Kö"), false);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        String text = "Anmäld text " + System.nanoTime();
        PostId post = RunAs.as(erik, Roles.RESIDENT, () -> posts.post(id, text, "sv"));
        RunAs.run(
                accounts.create("Sara", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(
                        new ContentRef("dialogue", "post", post.value()), ReportReason.OFFENSIVE, "Elakt"));

        TestAccounts.Created omar = signIn("Omar", Roles.STAFF);
        UI.getCurrent().navigate("staff/moderation");
        assertThat(_get(H1.class).getText()).isEqualTo("Granskningskö");
        @SuppressWarnings("unchecked")
        Grid<QueueItem> grid = _get(Grid.class);
        QueueItem row = GridKt._fetch(grid, 0, 500).stream()
                .filter(q -> q.text().equals(text))
                .findFirst()
                .orElseThrow();
        assertThat(row.reportCount()).isEqualTo(1);
        UI.getCurrent().navigate("staff/moderation/" + row.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Granska innehåll (Medborgardialog)");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anyMatch(t -> t.contains("Kränkande"));
        _click(_get(Button.class, spec -> spec.withText("Ta hand om det här")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Decision> decision = _get(RadioButtonGroup.class);
        decision.setValue(Decision.HIDE);
        _click(_get(Button.class, spec -> spec.withText("Spara beslutet")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Skäl"));
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv ett skäl. Det visas för skribenten.");
        reason.setValue("Personangrepp");
        _click(_get(Button.class, spec -> spec.withText("Spara beslutet")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Beslutet är sparat.");

        signOut();
        signInAs(erik, Roles.RESIDENT);
        UI.getCurrent().navigate("my-content/moderated");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Skäl: Personangrepp");
        _click(_get(Button.class, spec -> spec.withText("Överklaga")));
        TextArea words = _get(TextArea.class, spec -> spec.withLabel("Varför ska beslutet ändras?"));
        assertThat(words.getErrorMessage()).isEqualTo("Skriv varför (högst 2 000 tecken).");
        words.setValue("Det var ironi.");
        _click(_get(Button.class, spec -> spec.withText("Överklaga")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du har överklagat det här beslutet.");
        assertThat(RunAs.as(omar, Roles.STAFF, () -> moderation.queue(QueueFilter.ALL)))
                .anyMatch(q -> q.ref().id() == post.value() && q.reason() == ReviewReason.APPEAL);
    }

    @Test
    void staffMaintainWatchedWordsAndTheLogInArabic() {
        useLocale(Locale.forLanguageTag("ar"));
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/moderation/words");
        assertThat(_get(H1.class).getText()).isEqualTo("الكلمات المراقَبة");
        String word = "kt" + System.nanoTime();
        _get(TextField.class, spec -> spec.withLabel("الكلمة")).setValue(word);
        _click(_get(Button.class, spec -> spec.withText("أضف")));
        assertThat(RunAs.as(lina, Roles.STAFF, () -> admin.watchedWords()))
                .extracting(WatchedWord::word)
                .contains(word);
        _get(TextField.class, spec -> spec.withLabel("الكلمة")).setValue(word);
        _click(_get(Button.class, spec -> spec.withText("أضف")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("الكلمة")).getErrorMessage())
                .isEqualTo("هذه الكلمة مراقَبة بالفعل لهذه اللغة.");
        RunAs.as(lina, Roles.STAFF, () -> admin.watchedWords()).stream()
                .filter(w -> w.word().equals(word))
                .forEach(w -> RunAs.run(lina, Roles.STAFF, () -> admin.removeWatchedWord(w.id())));

        UI.getCurrent().navigate("staff/moderation/log");
        assertThat(_get(H1.class).getText()).isEqualTo("سجل الإشراف");
        UI.getCurrent().navigate("staff/moderation/blocks");
        assertThat(_get(H1.class).getText()).isEqualTo("الكتّاب المحظورون");
    }

    @Test
    void residentsCannotOpenTheQueue() {
        signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("staff/moderation");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Granskningskö");
    }
}
