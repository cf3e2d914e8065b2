package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.dialogue.DialogueDraft;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.text.RichText;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RichTextPayloads;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * A resident who represents an association writes hostile HTML and Markdown into event
 * descriptions; staff open the pending events and a dialogue whose background holds the same. For
 * every page: nothing ran (no dialog, {@code window.__pwned} unset), nothing was fetched from
 * another host, nothing covers or restyles the page, and the description holds only allowed
 * elements, with links that stay on http, https or mailto and carry
 * {@code rel="noopener noreferrer nofollow"}. One page is a description stored before cleaning
 * existed, so rendering alone must hold.
 */
class RichTextPayloadsBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    DialogueService dialogues;

    @Autowired
    AssociationService associations;

    @Autowired
    JdbcTemplate jdbc;

    private final AtomicInteger dialogs = new AtomicInteger();
    private final List<String> outsideRequests = new CopyOnWriteArrayList<>();

    @Test
    void hostileDescriptionsShowStaffNothingButText() {
        assertThat(RichTextPayloads.PAYLOADS).hasSizeGreaterThanOrEqualTo(60);
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        AssociationId association = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associations.register(AssociationTestData.draft(AssociationTestData.unique("Nattvandrarna"))));
        OnBehalfOf organiser = new OnBehalfOf(OrganisationKind.ASSOCIATION, association.value());

        long plain = event(sara, organiser, RichTextPayloads.FORMATTING);
        List<String> routes = new ArrayList<>();
        for (String text : RichTextPayloads.inTextsOf(4500)) {
            routes.add("events/" + event(sara, organiser, text + "\n\n" + RichTextPayloads.FORMATTING));
        }
        // as a description saved before saving cleaned anything: raw payloads in the database
        long legacy = event(sara, organiser, RichTextPayloads.FORMATTING);
        jdbc.update(
                "UPDATE events_event SET description = ? WHERE id = ?",
                RichTextPayloads.all() + "\n\n" + RichTextPayloads.FORMATTING,
                legacy);
        routes.add("events/" + legacy);

        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        LocalDateTime now = LocalDateTime.now(Formats.MUNICIPALITY_ZONE);
        long dialogue = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> dialogues.open(new DialogueDraft(
                                "Trygghet i Norrby " + System.nanoTime(),
                                RichTextPayloads.all() + "\n\n" + RichTextPayloads.FORMATTING,
                                "Kulturförvaltningen",
                                "Norrby",
                                now.minusDays(1),
                                now.plusDays(14),
                                Set.of("sv"),
                                false)))
                .value();
        routes.add("dialogues/" + dialogue);

        Page page = newPage(Language.SWEDISH);
        page.onDialog(d -> {
            dialogs.incrementAndGet();
            d.dismiss();
        });
        page.onRequest(r -> {
            if (!r.url().startsWith(url("")) && !r.url().startsWith("data:")) {
                outsideRequests.add(r.url());
            }
        });
        signIn(page, "Lina", Roles.STAFF);
        open(page, "events/" + plain);
        Object baseline = page.evaluate(PAGE_LOOK);

        for (String route : routes) {
            open(page, route);
            assertHarmless(page, route, baseline);
        }
        assertThat(routes).hasSize(RichTextPayloads.inTextsOf(4500).size() + 2);
    }

    private long event(TestAccounts.Created organiser, OnBehalfOf association, String description) {
        EventDraft d = TestEvents.draft("Kvällsvandring " + System.nanoTime(), 20);
        return RunAs.as(
                        organiser,
                        Roles.RESIDENT,
                        () -> editing.create(d.toBuilder()
                                .description(description)
                                .onBehalfOf(association)
                                .build()))
                .value();
    }

    /** How the page looks outside the description: a restyled page differs from an ordinary one. */
    private static final String PAGE_LOOK = """
            () => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color,
                   getComputedStyle(document.querySelector('h1')).color,
                   getComputedStyle(document.querySelector('h1')).fontSize,
                   getComputedStyle(document.querySelector('main') || document.body).backgroundColor].join(' | ')
            """;

    /** What in the description breaks the allow-list, moves out of the text flow or runs wide. */
    private static final String DESCRIPTION_PROBLEMS = """
            ([allowed, rel]) => {
              const box = document.querySelector('.rich-text');
              if (!box) return ['no description'];
              const bad = [];
              if (box.getAttribute('dir') !== 'auto') bad.push('dir ' + box.getAttribute('dir'));
              if (box.scrollWidth > box.clientWidth + 1) bad.push('wider than its column: ' + box.scrollWidth);
              for (const e of box.querySelectorAll('*')) {
                const tag = e.localName;
                if (!allowed.includes(tag) || e.namespaceURI !== 'http://www.w3.org/1999/xhtml') bad.push('element ' + tag);
                for (const a of e.attributes) {
                  if (!((tag === 'a' && (a.name === 'href' || a.name === 'rel')) || (tag === 'ol' && a.name === 'start')))
                    bad.push('attribute ' + a.name + ' on ' + tag);
                }
                if (tag === 'a') {
                  if (e.getAttribute('rel') !== rel) bad.push('rel ' + e.getAttribute('rel'));
                  if (e.hasAttribute('href') && !['http:', 'https:', 'mailto:'].includes(new URL(e.href).protocol))
                    bad.push('href ' + e.getAttribute('href'));
                  if (e.href.includes('evil.example')) bad.push('link to ' + e.href);
                }
                const style = getComputedStyle(e);
                if (style.position !== 'static') bad.push('position ' + style.position + ' on ' + tag);
              }
              if (box.textContent.includes('\\u202E') || box.textContent.includes('\\u202D')) bad.push('bidi override');
              return bad;
            }
            """;

    private void assertHarmless(Page page, String route, Object baseline) {
        page.waitForTimeout(300);
        assertThat(dialogs.get()).as("dialogs opened on " + route).isZero();
        assertThat(page.evaluate("() => window.__pwned === undefined"))
                .as("window.__pwned on " + route)
                .isEqualTo(true);
        assertThat(outsideRequests).as("requests to other hosts from " + route).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>)
                page.evaluate(DESCRIPTION_PROBLEMS, List.of(List.copyOf(RichText.ALLOWED_ELEMENTS), RichText.LINK_REL));
        assertThat(problems).as("the description on " + route).isEmpty();
        assertThat(page.evaluate(PAGE_LOOK)).as("the page's look on " + route).isEqualTo(baseline);
        // the page's own content is still what is on top: the heading, not a layer over it
        Object heading = page.evaluate("""
                () => { const h = document.querySelector('h1'); h.scrollIntoView({block: 'center'}); const r = h.getBoundingClientRect();
                        const top = document.elementFromPoint(r.left + 5, r.top + r.height / 2);
                        return top === h || h.contains(top); }
                """);
        assertThat(heading).as("the page title is on top on " + route).isEqualTo(true);
        assertThat(page.locator(".rich-text h4").first().textContent()).isEqualTo("Om kvällen");
        assertThat(page.locator(".rich-text a[href='https://brohamn.example/']").count())
                .isEqualTo(1);
        assertThat(page.locator(".rich-text").textContent()).contains("Vi ses på biblioteket");
    }
}
