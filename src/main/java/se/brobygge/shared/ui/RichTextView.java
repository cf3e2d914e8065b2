package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.text.RichText;

/**
 * A user-written Markdown text (a description, a background) shown as formatted text. The only
 * component that puts HTML into a page, and only what {@link RichText#toSafeHtml} returns: the
 * Markdown is rendered and sanitised on the server, nothing is parsed in the browser.
 * ArchitectureTest keeps every other class from rendering HTML.
 */
public class RichTextView extends Div {

    private String markdown = "";

    public RichTextView(String markdown) {
        this(markdown, null);
    }

    /** @param language the text's language when it is known (e.g. "ar"), so that it is read aloud right */
    public RichTextView(String markdown, @Nullable String language) {
        addClassName("rich-text");
        // each text finds its own direction, isolated from the page around it
        getElement().setAttribute("dir", "auto");
        if (language != null) {
            getElement().setAttribute("lang", language);
        }
        setMarkdown(markdown);
    }

    public final void setMarkdown(String markdown) {
        this.markdown = markdown;
        getElement().setProperty("innerHTML", RichText.toSafeHtml(markdown));
    }

    /** The Markdown as stored. */
    public String getMarkdown() {
        return markdown;
    }

    /** The HTML sent to the browser. */
    public String getSafeHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
