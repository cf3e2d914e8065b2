package se.brobygge.browser;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.dialogue.Summary;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.BlockService;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** axe finds no WCAG 2.1 A/AA violation on the dialogue and moderation pages, in Swedish, English and Arabic. */
class DialogueAccessibilityBT extends BrowserTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    @Autowired
    BlockService blocks;

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ENGLISH", "ARABIC"})
    void dialogueAndModerationPagesHaveNoViolations(Language language) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId open = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Tillgänglighet"), false);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        PostId arabic = RunAs.as(amal, Roles.RESIDENT, () -> posts.post(open, "نريد غرفة هادئة", "ar"));
        RunAs.as(
                accounts.create("Erik", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> posts.reply(open, arabic, "Håller med!", "sv"));
        RunAs.as(lina, Roles.STAFF, () -> posts.answerOfficially(open, "Tack, vi planerar en läsesal.", "sv"));
        DialogueId closed = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Avslutad"), false);
        RunAs.run(lina, Roles.STAFF, () -> dialogues.close(closed));
        RunAs.run(
                lina,
                Roles.STAFF,
                () -> dialogues.summarise(
                        closed,
                        new Summary(
                                "Vi hörde mycket.",
                                "Vi gör något.",
                                LocalDate.now().plusMonths(2))));
        RunAs.run(
                accounts.create("Sara", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(new ContentRef("dialogue", "post", arabic.value()), ReportReason.SPAM, null));
        long item = RunAs.as(
                        lina, Roles.STAFF, () -> moderation.item(new ContentRef("dialogue", "post", arabic.value())))
                .orElseThrow()
                .id()
                .value();
        RunAs.as(
                lina,
                Roles.STAFF,
                () -> blocks.block(accounts.create("Spärrad", Roles.RESIDENT).id(), null, "Hot mot andra", false));

        Page page = newPage(language);
        open(page, "dialogues/" + open);
        assertNoAxeViolations(page, "/dialogues/" + open + " anonymous (" + language.code() + ")");

        signIn(page, "Anders", Roles.STAFF, Roles.ADMIN);
        for (String route : List.of(
                "dialogues",
                "dialogues/" + open,
                "dialogues/" + closed,
                "dialogues/proposals",
                "staff/dialogues/new",
                "staff/moderation",
                "staff/moderation/" + item,
                "staff/moderation/blocks",
                "staff/moderation/words",
                "staff/moderation/log",
                "my-content/moderated")) {
            open(page, route);
            assertNoAxeViolations(page, "/" + route + " as staff (" + language.code() + ")");
        }
        screenshot(page, "moderation-log-" + language.code());
    }
}
