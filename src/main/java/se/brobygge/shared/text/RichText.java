package se.brobygge.shared.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one way user-written rich text (Markdown) is stored and shown. {@link #clean} runs when a
 * service saves such a field: it removes raw HTML, links other than http, https and mailto,
 * images, control characters and bidirectional overrides from the Markdown source and keeps the
 * rest as written. {@link #toSafeHtml} runs when the text is shown: Markdown to HTML on the
 * server, raw HTML escaped, then jsoup's cleaner with an explicit allow-list, so text stored before
 * cleaning existed (or by any other path) is just as safe. See docs/decisions/0030.
 */
public final class RichText {

    /** Elements a description may contain once rendered; everything else is dropped, its text kept. */
    public static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "p",
            "br",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "em",
            "strong",
            "blockquote",
            "code",
            "pre",
            "hr",
            "a");

    /** Link schemes kept; anything else (javascript:, data:, relative links) loses its address. */
    public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    /** Every rendered link gets this, and no {@code target}. */
    public static final String LINK_REL = "noopener noreferrer nofollow";

    // C0 and C1 controls except tab and newline, and the bidi embeddings and overrides (U+202A-202E)
    // that can make text read in another order than it is stored; marks and isolates stay (Arabic).
    private static final Pattern CONTROLS =
            Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\uFFF9-\\uFFFB]");

    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z!/?])");

    private static final Safelist ALLOWED = new Safelist()
            .addTags(ALLOWED_ELEMENTS.toArray(String[]::new))
            .addAttributes("a", "href")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", ALLOWED_SCHEMES.toArray(String[]::new))
            .addEnforcedAttribute("a", "rel", LINK_REL);

    private static final Parser SOURCE = Parser.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Parser PARSER =
            Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(ALLOWED_SCHEMES))
            .build();

    private RichText() {}

    /**
     * The Markdown to store: as written, minus raw HTML (its text stays), unsafe links (their text
     * stays), images (their description stays), control characters and bidi overrides. A "&lt;"
     * that a browser would take for the start of a tag is stored as {@code &lt;}, which Markdown
     * shows as the same character; code spans and blocks stay as written.
     */
    public static String clean(String markdown) {
        String text = plain(markdown);
        // removing one tag may join its neighbours into a new one ("<<b>script>"): repeat until stable
        for (int round = 0; round < 5; round++) {
            String next = withoutMarkup(text);
            if (next.equals(text)) {
                return text;
            }
            text = next;
        }
        return text.replace("<", "&lt;");
    }

    /** Safe HTML for a Markdown text, for {@code se.brobygge.shared.ui.RichTextView} only. */
    public static String toSafeHtml(String markdown) {
        Node document = PARSER.parse(plain(markdown));
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                // the page has its own h1 and h2: a description's headings start below them
                heading.setLevel(Math.min(6, heading.getLevel() + 2));
                visitChildren(heading);
            }

            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        // no images from anywhere: an image becomes its description
        for (Image image : images) {
            Node child = image.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                image.insertBefore(child);
                child = next;
            }
            image.unlink();
        }
        Document html = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(RENDERER.render(document)));
        html.outputSettings().prettyPrint(false);
        return html.body().html().strip();
    }

    /** Whether a link address is kept: http, https or mailto, whatever its letter case. */
    public static boolean allowedUrl(String url) {
        String u = CONTROLS.matcher(url).replaceAll("").strip().toLowerCase(Locale.ROOT);
        int colon = u.indexOf(':');
        return colon > 0
                && ALLOWED_SCHEMES.contains(u.substring(0, colon))
                && (!u.startsWith("http") || u.startsWith("http://") || u.startsWith("https://"));
    }

    private static String plain(String text) {
        return CONTROLS.matcher(text.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }

    private record Replacement(int start, int end, String text) {}

    private static String withoutMarkup(String text) {
        List<Replacement> replacements = new ArrayList<>();
        SOURCE.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                replace(html, tagsRemoved(html.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                replace(html, tagsRemoved(html.getLiteral()));
            }

            @Override
            public void visit(Text plain) {
                // "<audio src=x onerror=a=1>" is text to Markdown but a tag to a browser: store "&lt;"
                for (SourceSpan span : plain.getSourceSpans()) {
                    Matcher tag = TAG_START
                            .matcher(text)
                            .region(span.getInputIndex(), span.getInputIndex() + span.getLength());
                    while (tag.find()) {
                        replacements.add(new Replacement(tag.start(), tag.start() + 1, "&lt;"));
                    }
                }
            }

            @Override
            public void visit(Link link) {
                if (allowedUrl(link.getDestination())) {
                    visitChildren(link);
                } else {
                    replace(link, sourceOfChildren(link));
                }
            }

            @Override
            public void visit(Image image) {
                replace(image, sourceOfChildren(image));
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                if (!allowedUrl(definition.getDestination())) {
                    replace(definition, "");
                }
            }

            private void replace(Node node, String with) {
                List<SourceSpan> spans = node.getSourceSpans();
                if (!spans.isEmpty()) {
                    SourceSpan last = spans.getLast();
                    replacements.add(new Replacement(
                            spans.getFirst().getInputIndex(), last.getInputIndex() + last.getLength(), with));
                }
            }

            private String sourceOfChildren(Node node) {
                Node first = node.getFirstChild();
                Node last = node.getLastChild();
                if (first == null
                        || last == null
                        || first.getSourceSpans().isEmpty()
                        || last.getSourceSpans().isEmpty()) {
                    return "";
                }
                SourceSpan end = last.getSourceSpans().getLast();
                return text.substring(
                        first.getSourceSpans().getFirst().getInputIndex(), end.getInputIndex() + end.getLength());
            }
        });
        StringBuilder out = new StringBuilder(text);
        replacements.stream()
                .sorted(Comparator.comparingInt(Replacement::start).reversed())
                .forEach(r -> out.replace(r.start(), r.end(), r.text()));
        return out.toString();
    }

    /** The text of an HTML fragment, entity-escaped so that it can never be read as HTML again. */
    private static String tagsRemoved(String html) {
        Document text = new Cleaner(Safelist.none()).clean(Jsoup.parseBodyFragment(html));
        text.outputSettings().prettyPrint(false);
        return text.body().html();
    }
}
