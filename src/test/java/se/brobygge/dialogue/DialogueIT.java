package se.brobygge.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.TestAccounts;

/** Posting, replying, editing, reacting, official answers, summaries, proposals and exports, with their rules. */
@IntegrationTest
class DialogueIT {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    TopicProposalService proposals;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private TestAccounts.Created staff() {
        return accounts.create("Lina", Roles.STAFF);
    }

    private DialogueId open(String title) {
        return DialogueTestData.open(dialogues, staff(), DialogueTestData.unique(title), false);
    }

    @Test
    void postsKeepTheirLanguageRepliesFollowTheirThreadAndModerationHearsOfEveryText() {
        DialogueId id = open("Biblioteket i Rosengård");
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId arabic = as(amal, Roles.RESIDENT, () -> posts.post(id, "نريد مساحة هادئة للدراسة", "ar"));
        PostId second = as(erik, Roles.RESIDENT, () -> posts.post(id, "Längre öppettider på helger", "sv"));
        PostId reply = as(erik, Roles.RESIDENT, () -> posts.reply(id, arabic, "Håller med, en läsesal!", "sv"));
        // a reply to a reply joins the same thread (two levels)
        PostId replyToReply = as(amal, Roles.RESIDENT, () -> posts.reply(id, reply, "شكرًا", "ar"));

        List<Post> page = posts.page(id, 0, 50);
        assertThat(page).extracting(Post::id).containsExactly(arabic, reply, replyToReply, second);
        assertThat(page.get(0).language()).isEqualTo("ar");
        assertThat(page.get(1).parentId()).isEqualTo(arabic);
        assertThat(page.get(2).parentId()).as("attached to the top-level post").isEqualTo(arabic);
        assertThat(page.get(0).mine()).as("anonymous reader").isFalse();
        assertThat(posts.count(id)).isEqualTo(4);

        List<ContentSubmitted> submitted = published.contentsOf("dialogue").stream()
                .filter(c -> c.ref().type().equals("post") && c.ref().id() == arabic.value())
                .toList();
        assertThat(submitted).singleElement().satisfies(c -> {
            assertThat(c.authorAccountId()).isEqualTo(amal.id().value());
            assertThat(c.language()).isEqualTo("ar");
            assertThat(c.link()).isEqualTo("/dialogues/" + id + "#post-" + arabic);
        });
    }

    @Test
    void postingInAClosedDialogueOrEmptyTextIsRefusedAndNothingIsSaved() {
        TestAccounts.Created lina = staff();
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Stängd"), false);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> posts.post(id, "   ", "sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::messageKey)
                                .contains("dialogue.validation.body"));
        run(lina, Roles.STAFF, () -> dialogues.close(id));
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> posts.post(id, "För sent", "sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::messageKey)
                                .containsExactly("dialogue.post.closed"));
        assertThat(posts.count(id)).isZero();
    }

    @Test
    void writersEditWithinFifteenMinutesShownAsEditedAndNotAfter() {
        DialogueId id = open("Ändringar");
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Första versionen", "sv"));
        Post mine = as(erik, Roles.RESIDENT, () -> posts.page(id, 0, 10)).getFirst();
        assertThat(mine.editable()).isTrue();
        run(erik, Roles.RESIDENT, () -> posts.edit(post, "Andra versionen", mine.version()));
        Post edited = posts.page(id, 0, 10).getFirst();
        assertThat(edited.body()).isEqualTo("Andra versionen");
        assertThat(edited.editedAt()).isNotNull();

        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> run(erik, Roles.RESIDENT, () -> posts.edit(post, "Tredje", edited.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("dialogue.edit.tooLate"));
        assertThat(posts.page(id, 0, 10).getFirst().body()).isEqualTo("Andra versionen");
    }

    @Test
    void onlyTheWriterEditsOrDeletesAndResidentsCannotDoStaffWork() {
        DialogueId id = open("Behörighet");
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Mitt inlägg", "sv"));
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> posts.edit(post, "Kapat", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> posts.delete(post)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> posts.answerOfficially(id, "Officiellt?", "sv")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        run(amal, Roles.RESIDENT, () -> dialogues.open(DialogueTestData.draft("Min egen", false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> dialogues.exportCsv(id, Locale.of("sv"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> dialogues.close(id)))
                .isInstanceOf(AccessDeniedException.class);

        run(erik, Roles.RESIDENT, () -> posts.delete(post));
        Post deleted = posts.page(id, 0, 10).getFirst();
        assertThat(deleted.state()).isEqualTo(PostState.DELETED);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void moreThanFivePostsAMinuteAreRefused() {
        DialogueId id = open("Takt");
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            as(erik, Roles.RESIDENT, () -> posts.post(id, "Inlägg " + n, "sv"));
        }
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> posts.post(id, "Inlägg 6", "sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("dialogue.post.rateLimited"));
        assertThat(posts.count(id)).isEqualTo(5);
    }

    @Test
    void officialAnswersArePinnedFirstAndFollowersAreTold() {
        TestAccounts.Created lina = staff();
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Svar"), false);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        run(erik, Roles.RESIDENT, () -> dialogues.follow(id, true));
        assertThat(as(erik, Roles.RESIDENT, () -> dialogues.following(id))).isTrue();
        as(erik, Roles.RESIDENT, () -> posts.post(id, "En fråga", "sv"));
        PostId answer = as(lina, Roles.STAFF, () -> posts.answerOfficially(id, "Vi svarar så här.", "sv"));

        Post first = posts.page(id, 0, 10).getFirst();
        assertThat(first.id()).isEqualTo(answer);
        assertThat(first.official()).isTrue();
        assertThat(first.department()).isEqualTo("Kulturförvaltningen");
        assertThat(published.notificationsTo(erik.id().value())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DIALOGUE_ANSWER);
            assertThat(n.subjectKey()).isEqualTo("dialogue.notify.answer.subject");
            assertThat(n.link()).contains("/dialogues/" + id);
        });
    }

    @Test
    void reactionsToggleAndCount() {
        DialogueId id = open("Reaktioner");
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Fler bänkar", "sv"));
        run(amal, Roles.RESIDENT, () -> posts.react(post, Reaction.AGREE));
        run(amal, Roles.RESIDENT, () -> posts.react(post, Reaction.IMPORTANT));
        run(erik, Roles.RESIDENT, () -> posts.react(post, Reaction.AGREE));
        Post seen = as(amal, Roles.RESIDENT, () -> posts.page(id, 0, 10)).getFirst();
        assertThat(seen.agreeCount()).isEqualTo(2);
        assertThat(seen.importantCount()).isEqualTo(1);
        assertThat(seen.myReactions()).containsExactlyInAnyOrder(Reaction.AGREE, Reaction.IMPORTANT);
        run(amal, Roles.RESIDENT, () -> posts.react(post, Reaction.AGREE));
        assertThat(posts.page(id, 0, 10).getFirst().agreeCount()).isEqualTo(1);
    }

    @Test
    void aSummaryNeedsAClosedDialogueAndTellsParticipantsAndFollowers() {
        TestAccounts.Created lina = staff();
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Sammanfattas"), false);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        as(erik, Roles.RESIDENT, () -> posts.post(id, "Mitt bidrag", "sv"));
        run(sara, Roles.RESIDENT, () -> dialogues.follow(id, true));
        Summary summary = new Summary(
                "Många vill ha läsplatser.",
                "Vi öppnar en läsesal i vår.",
                LocalDate.now().plusMonths(3));
        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> dialogues.summarise(id, summary)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("dialogue.validation.summaryNotClosed"));
        run(lina, Roles.STAFF, () -> dialogues.close(id));
        run(lina, Roles.STAFF, () -> dialogues.summarise(id, summary));
        Dialogue closed = dialogues.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(DialogueStatus.CLOSED);
        assertThat(closed.summary()).isEqualTo(summary);
        for (TestAccounts.Created person : List.of(erik, sara)) {
            assertThat(published.notificationsTo(person.id().value()))
                    .extracting(NotificationRequested::subjectKey)
                    .contains("dialogue.notify.summary.subject");
        }
    }

    @Test
    void residentsProposeTopicsStaffDeclineWithAReasonOrAccept() {
        TestAccounts.Created lina = staff();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        long declined = as(amal, Roles.RESIDENT, () -> proposals.propose("Simhall för kvinnor", "Egna tider", "sv"));
        long accepted = as(amal, Roles.RESIDENT, () -> proposals.propose("Läxhjälp", "På arabiska", "sv"));
        assertThatThrownBy(() -> run(amal, Roles.RESIDENT, () -> proposals.decline(declined, "Nej")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> proposals.decline(declined, " ")))
                .isInstanceOf(InvalidInputException.class);
        run(lina, Roles.STAFF, () -> proposals.decline(declined, "Det finns redan egna tider."));
        DialogueId id =
                as(lina, Roles.STAFF, () -> proposals.accept(accepted, DialogueTestData.draft("Läxhjälp", false)));
        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> proposals.decline(accepted, "För sent")))
                .isInstanceOf(InvalidInputException.class);

        List<TopicProposal> mine = as(amal, Roles.RESIDENT, () -> proposals.mine());
        assertThat(mine).filteredOn(p -> p.id() == declined).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProposalStatus.DECLINED);
            assertThat(p.declineReason()).isEqualTo("Det finns redan egna tider.");
        });
        assertThat(mine)
                .filteredOn(p -> p.id() == accepted)
                .singleElement()
                .satisfies(p -> assertThat(p.dialogueId()).isEqualTo(id));
        assertThat(published.notificationsTo(amal.id().value()))
                .extracting(NotificationRequested::bodyKey)
                .contains("dialogue.notify.declined.body", "dialogue.notify.accepted.body");
    }

    @Test
    void theExportForDecisionMakersHoldsTheQuestionSummaryPostsAndArabicText() throws Exception {
        TestAccounts.Created lina = staff();
        String title = DialogueTestData.unique("Biblioteket");
        DialogueId id = DialogueTestData.open(dialogues, lina, title, false);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        as(amal, Roles.RESIDENT, () -> posts.post(id, "نريد مساحة هادئة", "ar"));
        as(amal, Roles.RESIDENT, () -> posts.post(id, "Mer plats för barn, \"tack\"", "sv"));
        run(lina, Roles.STAFF, () -> dialogues.close(id));
        run(lina, Roles.STAFF, () -> dialogues.summarise(id, new Summary("Vi hörde om läsplatser.", "Läsesal.", null)));

        byte[] pdf = as(lina, Roles.STAFF, () -> dialogues.exportPdf(id, Locale.of("sv")));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
            assertThat(text)
                    .contains(title, "Vi hörde om läsplatser.", "Mer plats för barn")
                    .contains("مساحة")
                    .contains("هادئة");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
        byte[] csv = as(lina, Roles.STAFF, () -> dialogues.exportCsv(id, Locale.of("sv")));
        String content = new String(csv, StandardCharsets.UTF_8);
        assertThat(content).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new InputStreamReader(
                        new ByteArrayInputStream(content.substring(1).getBytes(StandardCharsets.UTF_8)),
                        StandardCharsets.UTF_8))
                .getRecords();
        assertThat(rows)
                .extracting(r -> r.get("Text"))
                .containsExactly("نريد مساحة هادئة", "Mer plats för barn, \"tack\"");
        assertThat(dialogues.statistics(id)).isEqualTo(new DialogueStatistics(2, 1, Map.of("ar", 1L, "sv", 1L)));
    }
}
