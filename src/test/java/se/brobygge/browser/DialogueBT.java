package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * The dialogue in a real browser: an Arabic post and a Swedish reply each read in their own
 * direction; three reports hide a post; a moderator hides with a reason, the author appeals and
 * another moderator restores.
 */
class DialogueBT extends BrowserTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    private DialogueId open(String title) {
        return DialogueTestData.open(
                dialogues, accounts.create("Lina", Roles.STAFF), DialogueTestData.unique(title), false);
    }

    private static void waitForText(Page page, String text) {
        page.getByText(text).first().waitFor();
    }

    @Test
    void anArabicPostAndASwedishReplyEachReadInTheirOwnDirection() {
        DialogueId id = open("Riktning");
        Page page = newPage(Language.SWEDISH);
        signIn(page, "Amal", Roles.RESIDENT);
        open(page, "dialogues/" + id);
        page.getByLabel("Ditt inlägg").fill("نريد غرفة هادئة للدراسة");
        page.locator("vaadin-select.post-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Arabiska"))
                .click();
        page.locator("vaadin-button.post-send").click();
        waitForText(page, "Ditt inlägg är publicerat.");
        Locator arabic = page.locator(".dialogue-post .post-body")
                .filter(new Locator.FilterOptions().setHasText("نريد غرفة هادئة للدراسة"));
        arabic.waitFor();

        // Erik replies in Swedish from his own browser
        Page erik = newPage(Language.SWEDISH);
        signIn(erik, "Erik", Roles.RESIDENT);
        open(erik, "dialogues/" + id);
        erik.locator(".dialogue-post vaadin-button.reply-button").first().click();
        erik.locator("vaadin-dialog-overlay vaadin-text-area textarea, vaadin-dialog vaadin-text-area textarea")
                .first()
                .fill("Håller med, en läsesal vore fint!");
        erik.locator("vaadin-button.write-send").click();
        waitForText(erik, "Ditt inlägg är publicerat.");
        Locator reply = erik.locator(".dialogue-post.reply .post-body");
        reply.waitFor();
        Locator arabicThere = erik.locator(".dialogue-post .post-body[lang=ar]");
        assertThat(arabicThere.getAttribute("dir"))
                .as("its direction from its own letters")
                .isEqualTo("auto");
        assertThat(arabicThere.evaluate("e => getComputedStyle(e).direction")).isEqualTo("rtl");
        assertThat(reply.getAttribute("lang")).isEqualTo("sv");
        assertThat(reply.evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
        assertThat(erik.evaluate("() => document.documentElement.dir")).isEqualTo("ltr");
        screenshot(erik, "dialogue-arabic-and-swedish");
        assertNoAxeViolations(erik, "dialogue with an Arabic post and a Swedish reply");
    }

    @Test
    void threeReportsHideAPostForEveryone() {
        DialogueId id = open("Anmälningar");
        TestAccounts.Created writer = accounts.create("Skribent", Roles.RESIDENT);
        String text = "Ett anmält inlägg " + System.nanoTime();
        RunAs.as(writer, Roles.RESIDENT, () -> posts.post(id, text, "sv"));
        for (String name : new String[] {"Ett", "Två", "Tre"}) {
            Page page = newPage(Language.SWEDISH);
            signIn(page, name, Roles.RESIDENT);
            open(page, "dialogues/" + id);
            page.locator(".dialogue-post vaadin-button.report-button").first().click();
            page.locator("vaadin-button.report-send").click();
            waitForText(page, "Tack! En moderator tittar på det.");
        }
        Page reader = newPage(Language.SWEDISH);
        open(reader, "dialogues/" + id);
        waitForText(reader, "Dolt av en moderator.");
        assertThat(reader.getByText(text).count()).isZero();
    }

    @Test
    void aModeratorHidesWithAReasonTheAuthorAppealsAndAnotherModeratorRestores() {
        DialogueId id = open("Överklagan");
        TestAccounts.Created writer = accounts.create("Skribent", Roles.RESIDENT);
        String text = "Ring Anna på 070-123 45 67 " + System.nanoTime();
        PostId post = RunAs.as(writer, Roles.RESIDENT, () -> posts.post(id, text, "sv"));
        RunAs.run(
                accounts.create("Sara", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(
                        new ContentRef("dialogue", "post", post.value()), ReportReason.PERSONAL_DATA, null));

        Page lina = newPage(Language.SWEDISH);
        TestAccounts.Created linaAccount = signIn(lina, "Lina", Roles.STAFF);
        open(lina, "staff/moderation");
        lina.getByText(text).first().click();
        waitUntilIdle(lina);
        lina.locator("vaadin-button.claim-button").click();
        lina.getByText("Du tar hand om det här nu.").waitFor();
        lina.getByText("Dölj", new Page.GetByTextOptions().setExact(true)).click();
        lina.locator("vaadin-text-area.decision-reason textarea").fill("Telefonnummer till en annan person");
        lina.locator("vaadin-button.decide-button").click();
        waitForText(lina, "Beslutet är sparat.");

        // the author signs in with the password, sees the reason next to the post and appeals
        Page author = newPage(Language.SWEDISH);
        signInAs(author, writer);
        open(author, "dialogues/" + id);
        waitForText(author, "Skäl: Telefonnummer till en annan person");
        author.getByText("Se beslutet och överklaga").click();
        waitUntilIdle(author);
        author.getByLabel("Varför ska beslutet ändras?").fill("Det är kommunens växel.");
        author.locator("vaadin-button.appeal-button").click();
        waitForText(author, "Ditt överklagande är skickat. En annan moderator avgör.");
        assertNoAxeViolations(author, "my hidden content after an appeal");

        // the same moderator may not decide the appeal; another one restores the post
        lina = newPage(Language.SWEDISH);
        signInAs(lina, linaAccount);
        open(lina, "staff/moderation");
        lina.getByText(text).first().click();
        waitUntilIdle(lina);
        lina.locator("vaadin-button.claim-button").click();
        waitForText(lina, "Ett överklagande avgörs av en annan moderator än den som dolde innehållet.");

        Page omar = newPage(Language.SWEDISH);
        signIn(omar, "Omar", Roles.STAFF);
        open(omar, "staff/moderation");
        omar.getByText(text).first().click();
        waitUntilIdle(omar);
        waitForText(omar, "Det är kommunens växel.");
        omar.locator("vaadin-button.claim-button").click();
        omar.getByText("Du tar hand om det här nu.").waitFor();
        omar.locator("vaadin-text-area.decision-reason textarea").fill("Växelnumret är offentligt.");
        omar.locator("vaadin-button.decide-button").click();
        waitForText(omar, "Beslutet är sparat.");

        Page reader = newPage(Language.SWEDISH);
        open(reader, "dialogues/" + id);
        waitForText(reader, text);
    }
}
