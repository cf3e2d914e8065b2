package se.brobygge.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostRefusedException;
import se.brobygge.dialogue.PostService;
import se.brobygge.dialogue.PostState;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentReported;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.TestAccounts;

/** Reports, auto-hide, the queue with claims and reasons, appeals, watched words, blocks and the log. */
@IntegrationTest
class ModerationIT {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    @Autowired
    AppealService appeals;

    @Autowired
    BlockService blocks;

    @Autowired
    ModerationAdminService admin;

    @Autowired
    ContentScreening screening;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    ContentDecisionsRecorder decisions;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private TestAccounts.Created staff(String name) {
        return accounts.create(name, Roles.STAFF);
    }

    private DialogueId dialogue() {
        return DialogueTestData.open(dialogues, staff("Lina"), DialogueTestData.unique("Moderering"), false);
    }

    private static ContentRef ref(PostId post) {
        return new ContentRef("dialogue", "post", post.value());
    }

    private ItemId itemOf(TestAccounts.Created staff, ContentRef ref) {
        return as(staff, Roles.STAFF, () -> moderation.item(ref)).orElseThrow().id();
    }

    @Test
    void threeReportsHideAPostUntilReviewedOneReportPerPersonNotOwnContent() {
        DialogueId id = dialogue();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Något olämpligt", "sv"));
        assertThatThrownBy(() -> run(erik, Roles.RESIDENT, () -> reports.report(ref(post), ReportReason.SPAM, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("moderation.report.own"));
        TestAccounts.Created first = accounts.create("Ett", Roles.RESIDENT);
        run(first, Roles.RESIDENT, () -> reports.report(ref(post), ReportReason.OFFENSIVE, "Elakt"));
        assertThatThrownBy(() -> run(first, Roles.RESIDENT, () -> reports.report(ref(post), ReportReason.SPAM, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("moderation.report.twice"));
        assertThatThrownBy(() -> run(first, Roles.RESIDENT, () -> reports.report(ref(post), ReportReason.OTHER, " ")))
                .isInstanceOf(InvalidInputException.class);
        run(
                accounts.create("Två", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(ref(post), ReportReason.HATEFUL, null));
        assertThat(posts.page(id, 0, 10).getFirst().state()).isEqualTo(PostState.VISIBLE);
        run(
                accounts.create("Tre", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(ref(post), ReportReason.OFFENSIVE, null));

        Post seen = posts.page(id, 0, 10).getFirst();
        assertThat(seen.state()).isEqualTo(PostState.HIDDEN);
        assertThat(seen.body()).as("others see only that it is hidden").isEmpty();
        TestAccounts.Created replier = accounts.create("Svar", Roles.RESIDENT);
        assertThatThrownBy(() -> as(replier, Roles.RESIDENT, () -> posts.reply(id, post, "Svar", "sv")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("dialogue.reply.hidden"));
        Post mine = as(erik, Roles.RESIDENT, () -> posts.page(id, 0, 10)).getFirst();
        assertThat(mine.hiddenReason())
                .isEqualTo("Flera personer har anmält det här. Det är dolt tills en moderator har granskat det.");
        assertThat(published.notificationsTo(erik.id().value())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MODERATION_DECISION);
            assertThat(n.link()).isEqualTo("/my-content/moderated");
        });
        TestAccounts.Created lina = staff("Lina");
        List<QueueItem> queue = as(
                lina,
                Roles.STAFF,
                () -> moderation.queue(new QueueFilter("dialogue", ReviewReason.REPORTED, ReportReason.HATEFUL, null)));
        assertThat(queue)
                .filteredOn(q -> q.ref().equals(ref(post)))
                .singleElement()
                .satisfies(q -> {
                    assertThat(q.reportCount()).isEqualTo(3);
                    assertThat(q.hidden()).isTrue();
                });
    }

    @Test
    void aModeratorClaimsHidesWithAReasonTheAuthorAppealsOnceAndAnotherModeratorRestores() {
        DialogueId id = dialogue();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Ring mig på 070-1234567, Anna!", "sv"));
        run(
                accounts.create("Sara", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(ref(post), ReportReason.PERSONAL_DATA, null));
        TestAccounts.Created lina = staff("Lina");
        TestAccounts.Created omar = staff("Omar");
        ItemId item = itemOf(lina, ref(post));

        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> moderation.decide(item, Decision.HIDE, "x", null)))
                .isInstanceOfSatisfying(
                        ModerationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.conflict.claimFirst"));
        run(lina, Roles.STAFF, () -> moderation.claim(item));
        assertThatThrownBy(() -> run(omar, Roles.STAFF, () -> moderation.claim(item)))
                .isInstanceOfSatisfying(
                        ModerationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.conflict.claimedByOther"));
        assertThatThrownBy(() -> run(omar, Roles.STAFF, () -> moderation.decide(item, Decision.KEEP, null, null)))
                .isInstanceOf(ModerationConflictException.class);
        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> moderation.decide(item, Decision.HIDE, " ", null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("moderation.validation.reasonRequired"));
        assertThat(posts.page(id, 0, 10).getFirst().state())
                .as("nothing decided yet")
                .isEqualTo(PostState.VISIBLE);
        run(
                lina,
                Roles.STAFF,
                () -> moderation.decide(item, Decision.HIDE, "Telefonnummer till en annan person", null));

        Post mine = as(erik, Roles.RESIDENT, () -> posts.page(id, 0, 10)).getFirst();
        assertThat(mine.state()).isEqualTo(PostState.HIDDEN);
        assertThat(mine.hiddenReason()).isEqualTo("Telefonnummer till en annan person");
        List<MyModeratedItem> hidden = as(erik, Roles.RESIDENT, () -> appeals.mine());
        assertThat(hidden).singleElement().satisfies(h -> {
            assertThat(h.reason()).isEqualTo("Telefonnummer till en annan person");
            assertThat(h.mayAppeal()).isTrue();
        });
        assertThatThrownBy(() -> run(
                        accounts.create("Amal", Roles.RESIDENT),
                        Roles.RESIDENT,
                        () -> appeals.appeal(item, "Inte min")))
                .isInstanceOf(AccessDeniedException.class);
        run(erik, Roles.RESIDENT, () -> appeals.appeal(item, "Det är kommunens växel, inte en person."));
        assertThatThrownBy(() -> run(erik, Roles.RESIDENT, () -> appeals.appeal(item, "Igen")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("moderation.appeal.twice"));

        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> moderation.claim(item)))
                .as("the appeal goes to another moderator")
                .isInstanceOfSatisfying(
                        ModerationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.conflict.appealOtherModerator"));
        run(omar, Roles.STAFF, () -> moderation.claim(item));
        run(omar, Roles.STAFF, () -> moderation.decide(item, Decision.KEEP, "Växelnumret är offentligt.", null));

        assertThat(posts.page(id, 0, 10).getFirst().state()).isEqualTo(PostState.VISIBLE);
        ItemDetails details = as(omar, Roles.STAFF, () -> moderation.item(item)).orElseThrow();
        assertThat(details.history())
                .extracting(ItemDetails.DecisionEntry::action)
                .containsSubsequence("HIDE", "APPEAL", "APPEAL_UPHELD");
        assertThat(details.reports())
                .singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Ring mig på 070-1234567, Anna!"));
        assertThatThrownBy(() -> run(omar, Roles.STAFF, () -> moderation.decide(item, Decision.HIDE, "x", null)))
                .isInstanceOfSatisfying(
                        ModerationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("moderation.conflict.decided"));
        assertThat(published.notificationsTo(erik.id().value()))
                .extracting(n -> n.subjectKey())
                .contains("moderation.notify.hidden.subject", "moderation.notify.restored.subject");
    }

    @Test
    void theSnapshotStandsWhenTheAuthorEditsAndEditingOutRemovesPersonalData() {
        DialogueId id = dialogue();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Annas adress är Storgatan 1", "sv"));
        run(
                accounts.create("Sara", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(ref(post), ReportReason.PERSONAL_DATA, null));
        Post mine = as(erik, Roles.RESIDENT, () -> posts.page(id, 0, 10)).getFirst();
        run(erik, Roles.RESIDENT, () -> posts.edit(post, "Inget att se här", mine.version()));
        TestAccounts.Created lina = staff("Lina");
        ItemId item = itemOf(lina, ref(post));
        ItemDetails before = as(lina, Roles.STAFF, () -> moderation.item(item)).orElseThrow();
        assertThat(before.text()).isEqualTo("Inget att se här");
        assertThat(before.reports().getFirst().text()).isEqualTo("Annas adress är Storgatan 1");

        run(lina, Roles.STAFF, () -> moderation.claim(item));
        run(
                lina,
                Roles.STAFF,
                () -> moderation.decide(
                        item, Decision.EDIT_OUT, "Adress till en annan person", "Annas adress är [borttaget]"));
        ItemDetails after = as(lina, Roles.STAFF, () -> moderation.item(item)).orElseThrow();
        assertThat(after.hidden()).isTrue();
        assertThat(after.reports().getFirst().text()).isEqualTo("Annas adress är [borttaget]");
        assertThat(after.history())
                .extracting(ItemDetails.DecisionEntry::text)
                .doesNotContain("Annas adress är Storgatan 1");
    }

    @Test
    void watchedWordsBlockQueueOrFlagPerLanguage() {
        String blocked = "blk" + System.nanoTime();
        String queued = "que" + System.nanoTime();
        String flagged = "flg" + System.nanoTime();
        TestAccounts.Created lina = staff("Lina");
        List<WatchedWord> added = as(
                lina,
                Roles.STAFF,
                () -> List.of(
                        admin.addWatchedWord("sv", blocked, WordAction.BLOCK, "Skriv utan svordomar, tack."),
                        admin.addWatchedWord("*", queued, WordAction.QUEUE, null),
                        admin.addWatchedWord("sv", flagged, WordAction.FLAG, null)));
        try {
            assertThatThrownBy(() -> run(
                            lina,
                            Roles.STAFF,
                            () -> admin.addWatchedWord("sv", blocked.toUpperCase(), WordAction.FLAG, null)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.errors().getFirst().messageKey())
                                    .isEqualTo("moderation.validation.wordExists"));
            DialogueId id = dialogue();
            TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
            // a zero-width space inside the word does not get it past the list
            String hiddenWord = blocked.substring(0, 2) + "\u200B" + blocked.substring(2);
            assertThatThrownBy(
                            () -> as(erik, Roles.RESIDENT, () -> posts.post(id, "Du är en " + hiddenWord + "!", "sv")))
                    .isInstanceOf(PostRefusedException.class)
                    .hasMessage("Skriv utan svordomar, tack.");
            assertThat(posts.count(id)).isZero();
            // the Swedish word is not watched in English text
            as(erik, Roles.RESIDENT, () -> posts.post(id, "You " + blocked, "en"));
            PostId held = as(erik, Roles.RESIDENT, () -> posts.post(id, "Hej " + queued, "ar"));
            PostId flaggedPost = as(erik, Roles.RESIDENT, () -> posts.post(id, "Hej " + flagged, "sv"));

            assertThat(posts.page(id, 0, 10))
                    .extracting(Post::id)
                    .doesNotContain(held)
                    .contains(flaggedPost);
            assertThat(as(erik, Roles.RESIDENT, () -> posts.page(id, 0, 10)))
                    .filteredOn(p -> p.id().equals(held))
                    .singleElement()
                    .satisfies(p -> assertThat(p.state()).isEqualTo(PostState.PENDING));
            List<QueueItem> queue = as(lina, Roles.STAFF, () -> moderation.queue(QueueFilter.ALL));
            assertThat(queue)
                    .filteredOn(q -> q.ref().equals(ref(held)))
                    .singleElement()
                    .satisfies(q -> assertThat(q.reason()).isEqualTo(ReviewReason.PREMODERATION));
            assertThat(queue)
                    .filteredOn(q -> q.ref().equals(ref(flaggedPost)))
                    .singleElement()
                    .satisfies(q -> assertThat(q.reason()).isEqualTo(ReviewReason.FLAGGED));

            ItemId item = itemOf(lina, ref(held));
            run(lina, Roles.STAFF, () -> moderation.claim(item));
            run(lina, Roles.STAFF, () -> moderation.decide(item, Decision.KEEP, null, null));
            assertThat(posts.page(id, 0, 10)).extracting(Post::id).contains(held);
        } finally {
            added.forEach(w -> run(lina, Roles.STAFF, () -> admin.removeWatchedWord(w.id())));
        }
    }

    @Test
    void blockedWritersCanReadButNotWriteTheirContentHidesInOneActionAndLiftingUndoesIt() {
        DialogueId id = dialogue();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId one = as(erik, Roles.RESIDENT, () -> posts.post(id, "Första", "sv"));
        PostId two = as(erik, Roles.RESIDENT, () -> posts.post(id, "Andra", "sv"));
        TestAccounts.Created lina = staff("Lina");
        assertThatThrownBy(() -> run(erik, Roles.RESIDENT, () -> blocks.block(erik.id(), null, "Själv", false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(lina, Roles.STAFF, () -> blocks.block(erik.id(), null, " ", true)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("justification"));
        long block = as(lina, Roles.STAFF, () -> blocks.block(erik.id(), null, "Upprepade personangrepp", true));

        assertThat(posts.page(id, 0, 10)).extracting(Post::state).containsOnly(PostState.HIDDEN);
        assertThat(posts.page(id, 0, 10)).hasSize(2);
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> posts.post(id, "Jag igen", "sv")))
                .isInstanceOf(PostRefusedException.class)
                .hasMessage("Du är spärrad och kan inte skriva i Brobygge. Du kan fortfarande läsa.");
        assertThat(as(lina, Roles.STAFF, () -> blocks.active()))
                .extracting(BlockView::id)
                .contains(block);

        run(lina, Roles.STAFF, () -> blocks.lift(block, "Misstag", true));
        assertThat(posts.page(id, 0, 10)).extracting(Post::id).containsExactly(one, two);
        assertThat(posts.page(id, 0, 10)).extracting(Post::state).containsOnly(PostState.VISIBLE);
        as(erik, Roles.RESIDENT, () -> posts.post(id, "Tillbaka", "sv"));

        List<LogEntry> log = as(lina, Roles.STAFF, () -> admin.recentLog(50));
        assertThat(log).extracting(LogEntry::action).contains("BLOCK", "LIFT", "HIDE_WITH_BLOCK", "RESTORE_WITH_LIFT");
        assertThat(log).filteredOn(e -> e.action().equals("BLOCK")).first().satisfies(e -> {
            assertThat(e.actorName()).isEqualTo("Lina");
            assertThat(e.reason()).isEqualTo("Upprepade personangrepp");
        });
        String csv = new String(
                as(lina, Roles.STAFF, () -> admin.logCsv(Instant.now().minusSeconds(3600), Locale.of("sv"))),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFTid,Vem,Åtgärd,Gäller,Skäl")
                .contains("Upprepade personangrepp")
                .contains("account:" + erik.id());
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> admin.recentLog(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSuspensionEndsByItself() {
        DialogueId id = dialogue();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created lina = staff("Lina");
        as(lina, Roles.STAFF, () -> blocks.block(erik.id(), Instant.now().plus(Duration.ofHours(1)), "Svalna", false));
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> posts.post(id, "Nu", "sv")))
                .isInstanceOf(PostRefusedException.class)
                .hasMessageStartingWith("Du är avstängd till");
        clock.advance(Duration.ofHours(2));
        as(erik, Roles.RESIDENT, () -> posts.post(id, "Senare", "sv"));
        assertThat(posts.count(id)).isEqualTo(1);
    }

    @Test
    void newWritersFirstPostsWaitForReviewUnlessTrusted() {
        TestAccounts.Created lina = staff("Lina");
        ModerationSettings before = as(lina, Roles.STAFF, () -> admin.settings());
        assertThatThrownBy(() -> run(lina, Roles.STAFF, () -> admin.changeSettings(new ModerationSettings(0, 0, 0))))
                .isInstanceOf(InvalidInputException.class);
        run(lina, Roles.STAFF, () -> admin.changeSettings(new ModerationSettings(3, 2, 0)));
        try {
            DialogueId id = dialogue();
            TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
            PostId first = as(erik, Roles.RESIDENT, () -> posts.post(id, "Ett", "sv"));
            PostId second = as(erik, Roles.RESIDENT, () -> posts.post(id, "Två", "sv"));
            PostId third = as(erik, Roles.RESIDENT, () -> posts.post(id, "Tre", "sv"));
            assertThat(posts.page(id, 0, 10)).extracting(Post::id).containsExactly(third);
            assertThat(as(lina, Roles.STAFF, () -> moderation.queue(QueueFilter.ALL)))
                    .extracting(QueueItem::ref)
                    .contains(ref(first), ref(second));

            TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
            run(lina, Roles.STAFF, () -> blocks.trust(amal.id(), true));
            PostId trusted = as(amal, Roles.RESIDENT, () -> posts.post(id, "Betrodd", "sv"));
            assertThat(posts.page(id, 0, 10)).extracting(Post::id).contains(trusted);
            assertThat(screening
                            .screen(accounts.create("Ny", Roles.RESIDENT).id().value(), "Hej", "sv")
                            .outcome())
                    .isEqualTo(ContentScreening.Outcome.QUEUE);
        } finally {
            run(lina, Roles.STAFF, () -> admin.changeSettings(before));
        }
    }

    @Test
    void aPremoderatedDialogueHoldsPostsThroughTheSameContract() {
        TestAccounts.Created lina = staff("Lina");
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Förhandsgranskad"), true);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        PostId post = as(erik, Roles.RESIDENT, () -> posts.post(id, "Väntar", "sv"));
        assertThat(posts.count(id)).isZero();
        assertThat(as(erik, Roles.RESIDENT, () -> posts.count(id))).isEqualTo(1);
        ItemId item = itemOf(lina, ref(post));
        assertThat(as(lina, Roles.STAFF, () -> moderation.item(item))
                        .orElseThrow()
                        .review())
                .isEqualTo(ReviewReason.PREMODERATION);
        run(lina, Roles.STAFF, () -> moderation.claim(item));
        run(lina, Roles.STAFF, () -> moderation.decide(item, Decision.KEEP, null, null));
        assertThat(posts.page(id, 0, 10)).extracting(Post::state).containsExactly(PostState.VISIBLE);
    }

    @Test
    void contentFromAnyModuleIsModeratedAndItsOwnerToldToHideAndRestore() {
        ContentRef profile = new ContentRef("associations", "profile", System.nanoTime() % 1_000_000_000L);
        TestAccounts.Created writer = accounts.create("Förening", Roles.RESIDENT);
        publisher.publishEvent(new ContentSubmitted(
                profile, writer.id().value(), "Vi är en förening", "sv", "/associations/1", Instant.now()));
        for (String name : List.of("A", "B")) {
            run(
                    accounts.create(name, Roles.RESIDENT),
                    Roles.RESIDENT,
                    () -> reports.report(profile, ReportReason.SPAM, null));
        }
        // a message reported in its own module (only its participants see it) counts the same way
        TestAccounts.Created third = accounts.create("C", Roles.RESIDENT);
        publisher.publishEvent(new ContentReported(
                profile,
                writer.id().value(),
                third.id().value(),
                "offensive",
                "I ett meddelande",
                "Vi är en förening",
                "/associations/1",
                Instant.now()));
        assertThat(decisions.hiddenOf(profile)).singleElement();

        TestAccounts.Created lina = staff("Lina");
        ItemId item = itemOf(lina, profile);
        run(lina, Roles.STAFF, () -> moderation.claim(item));
        run(lina, Roles.STAFF, () -> moderation.decide(item, Decision.KEEP, "Ingen reklam", null));
        assertThat(decisions.restoredOf(profile)).singleElement();
        assertThat(as(lina, Roles.STAFF, () -> moderation.item(item))
                        .orElseThrow()
                        .reports())
                .hasSize(3);
    }

    @Test
    void residentsCannotUseTheQueue() {
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> moderation.queue(QueueFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> blocks.active()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(erik, Roles.RESIDENT, () -> admin.watchedWords()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
