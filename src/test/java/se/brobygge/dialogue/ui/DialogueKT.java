package se.brobygge.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.ui.RichTextView;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The dialogue pages in Swedish and Arabic: reading, posting, bad input, and staff opening a dialogue. */
class DialogueKT extends KaribuTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    private DialogueId open(String title) {
        return DialogueTestData.open(dialogues, accounts.create("Lina", Roles.STAFF), title, false);
    }

    private static List<Post> shown(DialogueView view) {
        view.thread.refresh();
        return view.thread.posts();
    }

    private static PostCard card(DialogueView view, Post post) {
        return view.cards(List.of(post)).getFirst();
    }

    @Test
    void visitorsSeeTheListAndTheQuestionWithItsBackgroundRenderedAsMarkdown() {
        String title = DialogueTestData.unique("Biblioteket i Norrby");
        DialogueId id = open(title);
        UI.getCurrent().navigate("dialogues");
        assertThat(_get(H1.class).getText()).isEqualTo("Medborgardialog");
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText(title)).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        assertThat(_get(RichTextView.class).getMarkdown()).contains("**du**");
        assertThat(_get(RichTextView.class).getSafeHtml()).contains("<strong>du</strong>");
        assertThat(_find(Anchor.class).stream().map(a -> a.getText())).contains("Logga in för att delta");
        assertThat(_find(TextArea.class)).as("no form for visitors").isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("dialogues/" + id);
    }

    @Test
    void aResidentPostsInArabicAndTheReplyInSwedishKeepsItsOwnDirection() {
        DialogueId id = open(DialogueTestData.unique("Språk"));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues/" + id);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Ditt inlägg"));
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Skriv något (högst 4 000 tecken).");

        body.setValue("نريد مكانًا هادئًا للدراسة");
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Språk"));
        language.setValue("ar");
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        DialogueView view = _get(DialogueView.class);
        assertThat(view.status.getText()).isEqualTo("Ditt inlägg är publicerat.");
        Post arabic = shown(view).getFirst();
        RunAs.as(
                accounts.create("Erik", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> posts.reply(id, arabic.id(), "Håller med!", "sv"));

        List<Post> thread = shown(view);
        assertThat(thread).hasSize(2);
        PostCard first = card(view, thread.get(0));
        PostCard reply = card(view, thread.get(1));
        var arabicBody = first.getChildren()
                .filter(c -> c.hasClassName("post-body"))
                .findFirst()
                .orElseThrow();
        assertThat(arabicBody.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(arabicBody.getElement().getAttribute("dir"))
                .as("from its own letters")
                .isEqualTo("auto");
        assertThat(arabicBody.getElement().getText()).isEqualTo("نريد مكانًا هادئًا للدراسة");
        var swedishBody = reply.getChildren()
                .filter(c -> c.hasClassName("post-body"))
                .findFirst()
                .orElseThrow();
        assertThat(swedishBody.getElement().getAttribute("lang")).isEqualTo("sv");
        assertThat(swedishBody.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(reply.hasClassName("reply")).isTrue();
    }

    @Test
    void swedishTypedOnAnArabicPageIsTaggedSwedishUnlessTheWriterSaysOtherwise() {
        DialogueId id = open(DialogueTestData.unique("Språkgissning"));
        useLocale(Locale.forLanguageTag("ar"));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues/" + id);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("مشاركتك"));
        @SuppressWarnings("unchecked")
        Select<String> language = _get(Select.class, spec -> spec.withLabel("اللغة"));
        assertThat(language.getValue()).isEqualTo("ar");
        HasValueUtilsKt._setValue(body, "Hej! Tack för fikan i går.");
        assertThat(language.getValue()).as("guessed from the letters").isEqualTo("sv");

        HasValueUtilsKt._setValue(language, "en");
        HasValueUtilsKt._setValue(body, "Hej! Tack för fikan i går, vi ses.");
        assertThat(language.getValue()).as("the writer's own choice stays").isEqualTo("en");
    }

    @Test
    void theNewPostIsInThePageNotInAScrollBoxOfItsOwn() {
        DialogueId id = open(DialogueTestData.unique("Lång tråd"));
        // written by staff, whose posts are not rate limited
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        for (int i = 0; i < DialogueView.PAGE + 5; i++) {
            int n = i;
            RunAs.as(lina, Roles.STAFF, () -> posts.post(id, "Inlägg nummer " + n, "sv"));
        }
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues/" + id);
        DialogueView view = _get(DialogueView.class);
        assertThat(view.thread.posts()).hasSize(DialogueView.PAGE);
        assertThat(view.thread.getElement().getStyle().get("height"))
                .as("no nested scroll area")
                .isNull();
        Button more = _get(Button.class, spec -> spec.withClasses("more-posts"));
        assertThat(more.getText()).isEqualTo("Visa fler inlägg (5 till)");

        _get(TextArea.class, spec -> spec.withLabel("Ditt inlägg")).setValue("Mitt eget inlägg längst ner");
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(view.thread.posts()).as("loaded down to the new post").hasSize(DialogueView.PAGE + 6);
        assertThat(view.thread.posts().getLast().body()).isEqualTo("Mitt eget inlägg längst ner");
        assertThat(more.isVisible()).isFalse();
    }

    @Test
    void theDialoguePagesAreTranslatedToArabic() {
        DialogueId id = open(DialogueTestData.unique("عربي"));
        useLocale(Locale.forLanguageTag("ar"));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues");
        assertThat(_get(H1.class).getText()).isEqualTo("الحوار مع السكان");
        UI.getCurrent().navigate("dialogues/" + id);
        assertThat(_get(TextArea.class).getLabel()).isEqualTo("مشاركتك");
        UI.getCurrent().navigate("dialogues/proposals");
        assertThat(_get(H1.class).getText()).isEqualTo("اقتراحات المواضيع");
    }

    @Test
    void staffOpenADialogueAndBadTimesAreExplainedNextToTheField() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/dialogues/new");
        String title = DialogueTestData.unique("Fritidsgården");
        _get(TextField.class, spec -> spec.withLabel("Fråga")).setValue(title);
        _get(TextArea.class, spec -> spec.withLabel("Bakgrund")).setValue("Vad vill **ni** göra?");
        _get(TextField.class, spec -> spec.withLabel("Ansvarig förvaltning")).setValue("Fritidsförvaltningen");
        DateTimePicker closes = _get(DateTimePicker.class, spec -> spec.withLabel("Stänger"));
        closes.setValue(LocalDateTime.now().minusDays(3));
        _click(_get(Button.class, spec -> spec.withText("Publicera dialogen")));
        assertThat(closes.getErrorMessage()).isEqualTo("Dialogen måste stänga efter att den öppnar.");
        assertThat(dialogues.list()).extracting(d -> d.title()).doesNotContain(title);

        closes.setValue(LocalDateTime.now().plusDays(10));
        _click(_get(Button.class, spec -> spec.withText("Publicera dialogen")));
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Inlägg: 0, deltagare: 0"));
    }

    @Test
    void residentsProposeATopicAndStaffDeclineItWithAReason() {
        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues/proposals");
        String title = DialogueTestData.unique("Simtider");
        _get(TextField.class, spec -> spec.withLabel("Fråga")).setValue(title);
        _get(TextArea.class, spec -> spec.withLabel("Vad vill du att kommunen frågar om, och varför?"))
                .setValue("Egna tider för kvinnor.");
        _click(_get(Button.class, spec -> spec.withText("Skicka förslaget")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Väntar på svar");

        signOut();
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("dialogues"); // a new view instance for the new user
        UI.getCurrent().navigate("dialogues/proposals");
        assertThat(_find(H3.class).stream().map(h -> h.getText())).contains(title);
        TextField reason = _find(TextField.class, spec -> spec.withLabel("Skäl att avböja"))
                .getLast();
        _click(_find(Button.class, spec -> spec.withText("Avböj")).getLast());
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv ett skäl (högst 1 000 tecken).");
        reason.setValue("Finns redan");
        _click(_find(Button.class, spec -> spec.withText("Avböj")).getLast());
        assertThat(_find(H3.class).stream().map(h -> h.getText())).doesNotContain(title);
        assertThat(amal).isNotNull();
    }

    @Test
    void aPostIHaveReportedShowsAlreadyReportedInsteadOfASecondReportButton() {
        DialogueId id = open(DialogueTestData.unique("Anmäld tråd"));
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        RunAs.as(lina, Roles.STAFF, () -> posts.post(id, "Ett inlägg att anmäla", "sv"));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("dialogues/" + id);
        DialogueView view = _get(DialogueView.class);
        Post post = shown(view).getFirst();
        PostCard before = card(view, post);
        assertThat(LocatorJ._find(before, Button.class, spec -> spec.withClasses("reported-marker")))
                .isEmpty();

        _click(LocatorJ._get(before, Button.class, spec -> spec.withClasses("report-button")));
        _click(_get(Button.class, spec -> spec.withClasses("report-send")));

        PostCard after = card(view, shown(view).getFirst());
        assertThat(LocatorJ._find(after, Button.class, spec -> spec.withClasses("report-button")))
                .as("no second report")
                .isEmpty();
        Button marker = LocatorJ._get(after, Button.class, spec -> spec.withClasses("reported-marker"));
        assertThat(marker.getText()).isEqualTo("Redan anmält");
        assertThat(marker.isEnabled()).isFalse();
    }
}
