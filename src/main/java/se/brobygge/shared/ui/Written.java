package se.brobygge.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Text that a person or organiser wrote, shown in a page of any language: it takes its direction
 * from its own first strong letter ({@code dir="auto"}), so Swedish in an Arabic page keeps its
 * punctuation on the right side, and carries its language when it is known, so screen readers
 * read it with the right voice.
 */
public final class Written {

    /** First strong isolate … pop directional isolate: the same as {@code <bdi>} inside a plain string. */
    private static final char FSI = '\u2068';

    private static final char PDI = '\u2069';

    private Written() {}

    public static <T extends HasElement> T text(T component, @Nullable String language) {
        component.getElement().setAttribute("dir", "auto");
        if (language != null && !language.isBlank()) {
            component.getElement().setAttribute("lang", language);
        }
        return component;
    }

    public static <T extends HasElement> T text(T component) {
        return text(component, null);
    }

    public static Span span(String text, @Nullable String language) {
        return text(new Span(text), language);
    }

    public static Span span(String text) {
        return span(text, null);
    }

    public static Paragraph paragraph(String text, @Nullable String language) {
        return text(new Paragraph(text), language);
    }

    public static Paragraph paragraph(String text) {
        return paragraph(text, null);
    }

    /**
     * A field whose text is always in one language (e.g. "description in Swedish"): its input is
     * typed in that language's direction, while its label and messages follow the page
     * ({@link FreeTextDirection} applies it to the input inside the field).
     */
    public static <T extends HasElement> T input(T field, String language, boolean rightToLeft) {
        field.getElement().setAttribute("data-text-lang", language);
        field.getElement().setAttribute("data-text-dir", rightToLeft ? "rtl" : "ltr");
        return field;
    }

    /**
     * A name, title or date inside a translated sentence or a notification's plain string, isolated
     * so that its direction does not reorder the words around it.
     */
    public static String isolate(@Nullable String text) {
        return text == null || text.isEmpty() ? "" : FSI + text + PDI;
    }
}
