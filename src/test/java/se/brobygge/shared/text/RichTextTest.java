package se.brobygge.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import se.brobygge.support.RichTextPayloads;

/** The corpus of hostile rich text against the one function that stores and renders it. */
class RichTextTest {

    static final List<String> PAYLOADS = RichTextPayloads.PAYLOADS;

    @Test
    void theCorpusIsLargeEnough() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void renderedPayloadsContainOnlyAllowedElementsAndSafeLinks(String payload) {
        assertSafe(RichText.toSafeHtml(payload), payload);
        // stored text is rendered through the same function
        assertSafe(RichText.toSafeHtml(RichText.clean(payload)), payload);
    }

    @ParameterizedTest
    @FieldSource("PAYLOADS")
    void storedPayloadsHaveNoRawHtmlUnsafeLinksImagesOrOverrides(String payload) {
        String stored = RichText.clean(payload);
        List<String> found = new ArrayList<>();
        Parser.builder().build().parse(stored).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                found.add("raw HTML " + html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                found.add("raw HTML block " + html.getLiteral());
            }

            @Override
            public void visit(Image image) {
                found.add("image " + image.getDestination());
            }

            @Override
            public void visit(Link link) {
                if (!RichText.allowedUrl(link.getDestination())) {
                    found.add("link " + link.getDestination());
                }
                visitChildren(link);
            }
        });
        assertThat(found).as("stored %s as %s", payload, stored).isEmpty();
        // and nothing a browser would read as a tag, if another program ever showed the source as HTML
        assertThat(Jsoup.parseBodyFragment(stored).body().children())
                .as("tags in %s", stored)
                .isEmpty();
        assertThat(stored).doesNotContain("\u0000", "\u202E", "\u202D").doesNotContainIgnoringCase("<script");
        assertThat(RichText.clean(stored)).as("cleaning twice changes nothing").isEqualTo(stored);
    }

    @Test
    void formattingComesThroughWithHeadingsBelowThePagesOwn() {
        String html = RichText.toSafeHtml(RichTextPayloads.FORMATTING);
        assertThat(html)
                .contains(
                        "<h4>Om kvällen</h4>",
                        "<strong>på biblioteket</strong>",
                        "<em>svenska</em>",
                        "<li>fika</li>",
                        "<a href=\"https://brohamn.example/\" rel=\"noopener noreferrer nofollow\">"
                                + "Kommunens sida</a>",
                        "<a href=\"mailto:info@brohamn.example\" rel=\"noopener noreferrer nofollow\">mejla oss</a>");
        assertThat(RichText.toSafeHtml("# Rubrik")).isEqualTo("<h3>Rubrik</h3>");
        assertThat(RichText.toSafeHtml("Se https://brohamn.example/evenemang"))
                .contains("<a href=\"https://brohamn.example/evenemang\" rel=\"noopener noreferrer nofollow\">");
        assertThat(RichText.clean(RichTextPayloads.FORMATTING)).isEqualTo(RichTextPayloads.FORMATTING);
    }

    @Test
    void theOverlayFromTheReportBecomesItsText() {
        assertThat(RichText.clean(RichTextPayloads.OVERLAY)).isEqualTo("Din session har gått ut. Logga in igen.");
        // text stored before cleaning existed shows its markup as text, never as an element
        assertThat(Jsoup.parseBodyFragment(RichText.toSafeHtml(RichTextPayloads.OVERLAY))
                        .body()
                        .select("*"))
                .extracting(Element::tagName)
                .containsExactly("body", "p");
    }

    @Test
    void cleaningKeepsTextAndMarkdownAndDropsOnlyMarkup() {
        assertThat(RichText.clean("Det är <b>viktigt</b> & **roligt**")).isEqualTo("Det är viktigt & **roligt**");
        assertThat(RichText.clean("<div style=\"color:red\">\nrött\n</div>"))
                .doesNotContain("<", "style")
                .contains("rött");
        assertThat(RichText.clean("[länk](javascript:alert(1)) och [bra](https://brohamn.example)"))
                .isEqualTo("länk och [bra](https://brohamn.example)");
        assertThat(RichText.clean("![logga](https://evil.example/a.png)")).isEqualTo("logga");
        assertThat(RichText.clean("3 < 5 och 5 > 3")).isEqualTo("3 < 5 och 5 > 3");
        assertThat(RichText.clean("<audio src=x onerror=a=1>")).isEqualTo("&lt;audio src=x onerror=a=1>");
        assertThat(RichText.toSafeHtml("&lt;audio src=x>")).isEqualTo("<p>&lt;audio src=x&gt;</p>");
        assertThat(RichText.clean("Skriv `<b>` för fet\n\n    <i>kod</i>"))
                .isEqualTo("Skriv `<b>` för fet\n\n    <i>kod</i>");
        assertThat(RichText.clean("rad ett\r\nrad två\tflik")).isEqualTo("rad ett\nrad två\tflik");
        assertThat(RichText.clean("مرحبا\u200F \u2067isolerad\u2069")).isEqualTo("مرحبا\u200F \u2067isolerad\u2069");
    }

    private static void assertSafe(String html, String payload) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.tagName().equals("body")) {
                continue;
            }
            assertThat(RichText.ALLOWED_ELEMENTS)
                    .as("element <%s> from %s", e.tagName(), payload)
                    .contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey();
                boolean allowed = e.tagName().equals("a") && (name.equals("href") || name.equals("rel"))
                        || e.tagName().equals("ol") && name.equals("start");
                assertThat(allowed)
                        .as("attribute %s on <%s> from %s", name, e.tagName(), payload)
                        .isTrue();
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("rel")).isEqualTo(RichText.LINK_REL);
                if (e.hasAttr("href")) {
                    assertThat(e.attr("href")).as("link from %s", payload).matches("(?i)(https?://|mailto:).*");
                }
            }
        }
        assertThat(html)
                .as("rendered %s", payload)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("\u202E", "\u202D");
    }
}
