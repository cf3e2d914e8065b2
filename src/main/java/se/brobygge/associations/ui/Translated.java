package se.brobygge.associations.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.TranslatedText;

/**
 * Texts representatives write, as a reader sees them (decision 0050): in the page's language when
 * given, else the Swedish original with its "Written in Swedish" mark, each element with the
 * language it is really in and {@code dir="auto"}.
 */
final class Translated {

    private Translated() {}

    /**
     * The text for this page. A description written before Swedish was required may have no
     * Swedish: then the first language it was written in stands in for it.
     */
    static MultilingualText.Shown shown(MultilingualText text, Component in) {
        MultilingualText.Shown shown = text.in(TranslatedText.page(in));
        if (!shown.text().isBlank()) {
            return shown;
        }
        return text.texts().entrySet().stream()
                .filter(e -> !e.getValue().isBlank())
                .findFirst()
                .map(e -> new MultilingualText.Shown(e.getValue(), e.getKey()))
                .orElse(shown);
    }

    /** A heading or other element holding the text, then the mark when it falls back, both added to {@code to}. */
    static <T extends Component & HasElement> void add(
            HasComponents to, MultilingualText text, Function<String, T> element, Component in) {
        MultilingualText.Shown shown = shown(text, in);
        to.add(TranslatedText.text(element.apply(shown.text()), shown));
        TranslatedText.mark(shown, in).ifPresent(to::add);
    }

    /** A paragraph of plain text (its line breaks kept), with the mark after it when it falls back. */
    static Div paragraph(MultilingualText text, Component in) {
        MultilingualText.Shown shown = shown(text, in);
        Paragraph paragraph = TranslatedText.text(new Paragraph(shown.text()), shown);
        paragraph.getStyle().set("white-space", "pre-line");
        Div block = new Div(paragraph);
        block.addClassName("translated-text");
        TranslatedText.mark(shown, in).ifPresent(block::add);
        return block;
    }

    /** A line (e.g. an activity's title in a sentence), with the mark after it when it falls back. */
    static Span line(MultilingualText text, Component in) {
        MultilingualText.Shown shown = shown(text, in);
        Span line = new Span(TranslatedText.text(new Span(shown.text()), shown));
        TranslatedText.mark(shown, in).ifPresent(mark -> line.add(new Span(" "), mark));
        line.addClassName("translated-text");
        return line;
    }
}
