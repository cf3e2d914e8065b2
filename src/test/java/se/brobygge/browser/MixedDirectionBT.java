package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Swedish written by people, shown and typed on Arabic pages (and Arabic on Swedish ones), on a
 * phone: each text runs in its own direction, name and date lines keep their order, and a post
 * written on an Arabic page in Swedish is tagged Swedish and shown, focused, where the writer is.
 */
class MixedDirectionBT extends BrowserTest {

    static final String SWEDISH_POST = "Hej! Tack för fikan i går, ses vi på torsdag?";

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Test
    void swedishPostsOnAnArabicPageRunLeftToRightWithTheirPunctuationInPlace() {
        TestAccounts.Created lina = accounts.create("Lina Berg", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Fikat i Norrby"), false);
        TestAccounts.Created erik = accounts.create("Erik Svensson", Roles.RESIDENT);
        // tagged Arabic by mistake, as happened when the page's language was the default
        RunAs.as(erik, Roles.RESIDENT, () -> posts.post(id, SWEDISH_POST, "ar"));
        RunAs.as(
                accounts.create("أمل حداد", Roles.RESIDENT),
                Roles.RESIDENT,
                () -> posts.post(id, "شكراً! نعم، أراكم يوم الخميس.", "ar"));

        Page page = newPage(Language.ARABIC, 360, 800);
        open(page, "dialogues/" + id.value());
        Locator swedish = page.locator(".dialogue-post .post-body", new Page.LocatorOptions().setHasText("Hej!"));
        assertThat(swedish.evaluate("el => getComputedStyle(el).direction")).isEqualTo("ltr");
        Locator arabic = page.locator(".dialogue-post .post-body", new Page.LocatorOptions().setHasText("شكراً"));
        assertThat(arabic.evaluate("el => getComputedStyle(el).direction")).isEqualTo("rtl");
        // the question mark ends the Swedish line on its right, where a Swedish reader looks for it
        assertThat(endsOnTheRight(swedish, "?"))
                .as("'?' at the right end of the Swedish post")
                .isTrue();

        Locator header = page.locator(".dialogue-post", new Page.LocatorOptions().setHasText("Hej!"))
                .locator(".meta-line");
        assertThat(header.locator("bdi").allTextContents())
                .as("each part of the line isolated")
                .hasSizeGreaterThanOrEqualTo(3)
                .first()
                .isEqualTo("Erik Svensson");
        assertThat(header.locator("bdi.post-author").evaluate("el => getComputedStyle(el).direction"))
                .isEqualTo("ltr");
        screenshot(page, "mixed-direction-dialogue-ar-360");
        assertNoAxeViolations(page, "an Arabic dialogue page with Swedish posts");
    }

    @Test
    void freeTextFieldsFollowWhatIsTypedAndLanguageFieldsTheirLanguage() {
        Page page = newPage(Language.ARABIC, 360, 800);
        signIn(page, "أمل حداد", Roles.RESIDENT);
        open(page, "associations/register");
        Locator name = page.locator("vaadin-text-field").first().locator("input");
        name.fill("Föreningen Språkvänner");
        assertThat(name.getAttribute("dir")).isEqualTo("auto");
        assertThat(name.evaluate("el => getComputedStyle(el).direction")).isEqualTo("ltr");

        Locator description = page.locator(".multilingual-field")
                .filter(new Locator.FilterOptions().setHas(page.locator("vaadin-text-area[data-text-lang=sv]")))
                .first();
        Locator swedishDescription = description.locator("vaadin-text-area[data-text-lang=sv] textarea");
        assertThat(swedishDescription.getAttribute("dir")).isEqualTo("ltr");
        assertThat(swedishDescription.getAttribute("lang")).isEqualTo("sv");
        // the Arabic text is written after choosing Arabic above the field, as a person does
        description
                .locator("button")
                .filter(new Locator.FilterOptions().setHasText(LanguageNames.label("ar", Language.ARABIC.locale())))
                .click();
        Locator arabicDescription = description.locator("vaadin-text-area[data-text-lang=ar] textarea");
        assertThat(arabicDescription.evaluate("el => getComputedStyle(el).direction"))
                .isEqualTo("rtl");
        screenshot(page, "mixed-direction-association-form-ar-360");

        Page swedishPage = newPage(Language.SWEDISH, 360, 800);
        signIn(swedishPage, "Erik Svensson", Roles.RESIDENT);
        open(swedishPage, "associations/register");
        Locator field = swedishPage.locator("vaadin-text-field").first().locator("input");
        field.fill("جمعية الصداقة");
        assertThat(field.evaluate("el => getComputedStyle(el).direction")).isEqualTo("rtl");
    }

    @Test
    void swedishWrittenOnAnArabicPageIsTaggedSwedishAndTheNewPostIsShownAndFocused() {
        TestAccounts.Created lina = accounts.create("Lina Berg", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Lång tråd"), false);
        for (int i = 1; i <= 12; i++) {
            int n = i;
            RunAs.as(
                    lina,
                    Roles.STAFF,
                    () -> posts.post(
                            id,
                            "Inlägg nummer " + n + " med lite längre text "
                                    + "så att tråden blir längre än skärmen på en telefon.",
                            "sv"));
        }
        Page page = newPage(Language.ARABIC, 360, 800);
        signIn(page, "أمل حداد", Roles.RESIDENT);
        open(page, "dialogues/" + id.value());
        page.locator(".post-form vaadin-text-area textarea").fill(SWEDISH_POST);
        // the language shown in the select turns to Swedish, named in Arabic
        page.waitForFunction("() => document.querySelector('.post-form vaadin-select vaadin-select-value-button')"
                + ".textContent.includes('السويدية')");
        page.locator(".post-send").click();
        Locator written = page.locator(".dialogue-post", new Page.LocatorOptions().setHasText("Hej! Tack"));
        written.waitFor();
        waitUntilIdle(page);
        page.waitForTimeout(300); // smooth scrolling ends
        assertThat(written.evaluate("el => el === document.activeElement"))
                .as("the new post has focus")
                .isEqualTo(true);
        assertThat(written.evaluate("el => { const r = el.getBoundingClientRect();"
                        + " return r.top >= 0 && r.top < window.innerHeight; }"))
                .as("the new post is on screen")
                .isEqualTo(true);
        assertThat(written.locator(".post-body").getAttribute("lang")).isEqualTo("sv");
        assertThat(page.locator(".dialogue-thread").evaluate("el => el.scrollHeight <= el.clientHeight + 1"))
                .as("the thread has no scroll box of its own")
                .isEqualTo(true);
        screenshot(page, "dialogue-new-post-ar-360");
    }

    /** Whether the last {@code mark} of the element's text is drawn at the right end of its line. */
    private static boolean endsOnTheRight(Locator element, String mark) {
        Object result = element.evaluate(
                "(el, mark) => { const text = el.firstChild;"
                        + " const at = text.textContent.lastIndexOf(mark); const range = document.createRange();"
                        + " range.setStart(text, at); range.setEnd(text, at + 1);"
                        + " const m = range.getBoundingClientRect();"
                        + " range.setStart(text, 0); range.setEnd(text, text.textContent.length);"
                        + " const line = [...range.getClientRects()].filter(r => Math.abs(r.top - m.top) < 2);"
                        + " return m.right >= Math.max(...line.map(r => r.right)) - 1; }",
                mark);
        return Boolean.TRUE.equals(result);
    }
}
