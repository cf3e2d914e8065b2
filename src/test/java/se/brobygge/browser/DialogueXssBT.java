package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.ModerationService;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Script, HTML, {@code javascript:} links and bidirectional controls typed into every text input of
 * the dialogue and moderation pages: no script runs (no dialog, {@code window.__xss} stays unset)
 * and, outside staff's sanitised Markdown, nothing renders as markup.
 */
class DialogueXssBT extends BrowserTest {

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=2\">",
            "<svg onload=\"window.__xss=3\">",
            "\"><script>window.__xss=4</script>",
            "'><img src=x onerror=window.__xss=5>",
            "<iframe src=\"javascript:window.parent.__xss=6\"></iframe>",
            "javascript:window.__xss=7",
            "[klicka](javascript:window.__xss=8)",
            "<a href=\"javascript:window.__xss=9\">länk</a>",
            "<body onload=window.__xss=10>",
            "<details open ontoggle=window.__xss=11>",
            "<input autofocus onfocus=window.__xss=12>",
            "<video><source onerror=\"window.__xss=13\"></video>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=14>",
            "{{constructor.constructor('window.__xss=15')()}}",
            "${window.__xss=16}",
            "<style>@import 'javascript:window.__xss=17';</style>",
            "<object data=\"javascript:window.__xss=18\"></object>",
            "<embed src=\"javascript:window.__xss=19\">",
            "<form action=\"javascript:window.__xss=20\"><button>x</button></form>",
            "<marquee onstart=window.__xss=21>m</marquee>",
            "<div style=\"background:url(javascript:window.__xss=22)\">d</div>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=23\">",
            "<base href=\"javascript:window.__xss=24//\">",
            "<link rel=import href=\"data:text/html,<script>window.__xss=25</script>\">",
            "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MjY8L3NjcmlwdD4=",
            "<scr<script>ipt>window.__xss=27</scr</script>ipt>",
            "<SCRIPT SRC=//example.invalid/x.js></SCRIPT>",
            "<img src=\"x\" onerror=\"&#119;indow.__xss=29\">",
            "&lt;script&gt;window.__xss=30&lt;/script&gt;",
            "<svg><script>window.__xss=31</script></svg>",
            "<a href=\"jav&#x09;ascript:window.__xss=32\">x</a>",
            "<a href=\" javascript:window.__xss=33\">x</a>",
            "![bild](x\" onerror=\"window.__xss=34)",
            "<img src=x:alert(35) onerror=eval(src)>",
            "\" onmouseover=\"window.__xss=36",
            "</textarea><script>window.__xss=37</script>",
            "</title><script>window.__xss=38</script>",
            "<!--<script>window.__xss=39</script>-->",
            "<![CDATA[<script>window.__xss=40</script>]]>",
            "\u202Egnp.exe",
            "\u202Bhöger\u202C till vänster",
            "\u2066isolerad\u2069",
            "\u200F\u200E märken",
            "abc\u202E<script>window.__xss=45</script>",
            "<dialog open onclose=window.__xss=46>d</dialog>",
            "<select autofocus onfocus=window.__xss=47></select>",
            "<textarea autofocus onfocus=window.__xss=48></textarea>",
            "<isindex type=image src=1 onerror=window.__xss=49>",
            "<a href=\"data:text/html,<script>window.__xss=50</script>\">d</a>",
            "<vaadin-button onclick=\"window.__xss=51\">vb</vaadin-button>",
            "<img src=x onerror=alert(52)>");

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    private final AtomicInteger dialogs = new AtomicInteger();

    static String all() {
        return String.join("\n", PAYLOADS);
    }

    /** As many whole payloads as fit in {@code max} characters. */
    static String upTo(int max) {
        StringBuilder out = new StringBuilder();
        for (String p : PAYLOADS) {
            if (out.length() + p.length() + 1 > max) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(p);
        }
        return out.toString();
    }

    private Page page(Language language) {
        Page page = newPage(language);
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        return page;
    }

    private static void fill(Page page, String selector, String text) {
        page.locator(selector).first().fill(text);
    }

    private static void click(Page page, String selector) {
        page.locator(selector).first().click();
        waitUntilIdle(page);
    }

    /** No script ran, no element carries a handler or a script address, plain text stayed text. */
    private void assertInert(Page page, String what) {
        page.waitForTimeout(300);
        assertThat(dialogs.get()).as("dialogs opened on " + what).isZero();
        assertThat(page.evaluate("() => window.__xss === undefined"))
                .as("window.__xss on " + what)
                .isEqualTo(true);
        Object handlers = page.evaluate(
                "() => document.querySelectorAll('[onerror],[onload],[onfocus],[ontoggle],"
                        + "[onstart],[onclose],[onmouseover],[onclick],main script,main iframe,main object,main embed,"
                        + "main base,main meta,[href^=\"javascript:\" i],[src^=\"javascript:\" i],a[href^=\"data:\" i]').length");
        assertThat(((Number) handlers).intValue())
                .as("injected elements on " + what)
                .isZero();
        Object markupInText = page.evaluate("() => Array.from(document.querySelectorAll('.post-body, .item-text, "
                + ".appeal-text, .dialogue-summary p, .proposal-card p, .moderated-item div'))"
                + ".filter(e => e.children.length > 0).length");
        assertThat(((Number) markupInText).intValue())
                .as("elements inside plain text on " + what)
                .isZero();
    }

    @Test
    void payloadsInEveryTextInputStayText() {
        // staff open a dialogue through the editor with payloads in every field
        Page lina = page(Language.SWEDISH);
        TestAccounts.Created linaAccount = signIn(lina, "Lina", Roles.STAFF);
        open(lina, "staff/dialogues/new");
        String title = "XSS " + System.nanoTime() + " " + upTo(150);
        lina.getByLabel("Fråga", new Page.GetByLabelOptions().setExact(true)).fill(title);
        lina.getByLabel("Bakgrund", new Page.GetByLabelOptions().setExact(true)).fill(all());
        lina.getByLabel("Ansvarig förvaltning").fill(upTo(110));
        click(lina, "vaadin-button.dialogue-save");
        lina.waitForURL(u -> u.matches(".*/dialogues/\\d+$"));
        waitUntilIdle(lina);
        String dialoguePath = lina.url().substring(lina.url().indexOf("dialogues/"));
        long dialogueId = Long.parseLong(dialoguePath.substring("dialogues/".length()));
        assertInert(lina, "new dialogue");
        fill(lina, ".official-form textarea", all());
        click(lina, "vaadin-button.official-send");
        lina.getByText("Ditt inlägg är publicerat.").waitFor();
        assertInert(lina, "official answer");

        // a resident posts, replies, edits, reports and proposes a topic with payloads
        Page amal = page(Language.SWEDISH);
        TestAccounts.Created amalAccount = signIn(amal, "Amal", Roles.RESIDENT);
        open(amal, dialoguePath);
        fill(amal, ".post-form textarea", all());
        click(amal, "vaadin-button.post-send");
        amal.getByText("Ditt inlägg är publicerat.").waitFor();
        click(amal, ".dialogue-post vaadin-button.reply-button");
        fill(amal, "vaadin-dialog-overlay textarea, vaadin-dialog textarea", all());
        click(amal, "vaadin-button.write-send");
        amal.getByText("Ditt inlägg är publicerat.").waitFor();
        click(amal, ".dialogue-post vaadin-button.edit-button");
        fill(amal, "vaadin-dialog-overlay textarea, vaadin-dialog textarea", all() + "\n(ändrat)");
        click(amal, "vaadin-button.write-send");
        amal.getByText("Ändringen är sparad.").waitFor();
        click(amal, ".dialogue-post.official vaadin-button.report-button");
        fill(amal, "vaadin-dialog-overlay textarea, vaadin-dialog textarea", upTo(990));
        click(amal, "vaadin-button.report-send");
        amal.getByText("Tack! En moderator tittar på det.").first().waitFor();
        assertInert(amal, "the thread after posting");
        open(amal, "dialogues/proposals");
        amal.getByLabel("Fråga", new Page.GetByLabelOptions().setExact(true)).fill("Förslag " + upTo(180));
        amal.getByLabel("Vad vill du att kommunen frågar om, och varför?").fill(all());
        click(amal, "vaadin-button.proposal-send");
        amal.getByText("Tack! Personalen läser ditt förslag.").waitFor();
        assertInert(amal, "proposals");

        // another resident reports Amal's post so that it reaches the queue
        long amalPost =
                RunAs.as(amalAccount, Roles.RESIDENT, () -> posts.page(new DialogueId(dialogueId), 0, 10)).stream()
                        .filter(p -> p.mine() && !p.reply())
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .value();
        RunAs.run(
                accounts.create("Erik", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> reports.report(
                        new ContentRef("dialogue", "post", amalPost), ReportReason.OTHER, all().substring(0, 900)));

        // staff: decline the proposal, summarise, decide with a reason, block, watched words
        lina = page(Language.SWEDISH);
        signInAs(lina, linaAccount);
        open(lina, "dialogues/proposals");
        lina.getByLabel("Skäl att avböja").last().fill(upTo(990));
        lina.locator("vaadin-button.proposal-decline").last().click();
        lina.getByText("Förslaget är avböjt och förslagsställaren får veta skälet.")
                .waitFor();
        open(lina, dialoguePath);
        click(lina, "vaadin-button.close-dialogue");
        lina.getByLabel("Det här hörde vi", new Page.GetByLabelOptions().setExact(true))
                .fill(all());
        lina.getByLabel("Det här gör kommunen", new Page.GetByLabelOptions().setExact(true))
                .fill(all());
        click(lina, "vaadin-button.summary-save");
        lina.getByText("Sammanfattningen är publicerad. Deltagarna får veta det.")
                .first()
                .waitFor();
        assertInert(lina, "closed dialogue with summary");

        open(lina, "staff/moderation");
        assertInert(lina, "review queue");
        long item = RunAs.as(
                        linaAccount, Roles.STAFF, () -> moderation.item(new ContentRef("dialogue", "post", amalPost)))
                .orElseThrow()
                .id()
                .value();
        open(lina, "staff/moderation/" + item);
        click(lina, "vaadin-button.claim-button");
        lina.getByText("Dölj", new Page.GetByTextOptions().setExact(true)).click();
        fill(lina, "vaadin-text-area.decision-reason textarea", upTo(990));
        click(lina, "vaadin-button.decide-button");
        lina.getByText("Beslutet är sparat.").waitFor();
        fill(lina, ".block-form textarea", upTo(990));
        click(lina, "vaadin-button.block-button");
        lina.getByText("Skribenten är spärrad.").waitFor();
        assertInert(lina, "moderation item");
        open(lina, "staff/moderation/words");
        lina.getByLabel("Ord", new Page.GetByLabelOptions().setExact(true)).fill(System.nanoTime() + " " + upTo(75));
        lina.getByLabel("Meddelande till skribenten").fill(upTo(490));
        click(lina, "vaadin-button.word-add");
        lina.getByText("Sparat.").waitFor();
        assertInert(lina, "watched words");
        open(lina, "staff/moderation/blocks");
        lina.locator("vaadin-text-field input").first().fill(upTo(500));
        click(lina, "vaadin-button.lift-button");
        assertInert(lina, "blocks");
        open(lina, "staff/moderation/log");
        assertInert(lina, "action log");
        open(lina, "dialogues");
        assertInert(lina, "dialogue list");
        open(lina, dialoguePath);
        assertThat(lina.locator(".post-body").first().textContent()).contains("<script>window.__xss=1</script>");

        // the author reads the reason and appeals with payloads
        amal = page(Language.SWEDISH);
        signInAs(amal, amalAccount);
        open(amal, "my-content/moderated");
        assertInert(amal, "my hidden content");
        amal.getByLabel("Varför ska beslutet ändras?").first().fill(all().substring(0, 1990));
        click(amal, "vaadin-button.appeal-button");
        amal.getByText("Ditt överklagande är skickat. En annan moderator avgör.")
                .waitFor();
        assertInert(amal, "after appealing");
        open(amal, dialoguePath);
        assertInert(amal, "the thread as its writer");

        Page visitor = page(Language.ARABIC);
        open(visitor, dialoguePath);
        assertInert(visitor, "the thread for a visitor in Arabic");
        List<String> texts = new ArrayList<>(visitor.locator(".post-body").allTextContents());
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("<img src=x onerror=\"window.__xss=2\">"));
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(50);
    }
}
