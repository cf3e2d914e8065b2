package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.MultilingualText;

/**
 * A text staff or an organiser wrote in several languages, shown to a reader: in the page's
 * language when it was given, otherwise in the original with a small mark in the page's language
 * ("Written in Swedish"). The element holding the text carries the language it is really in and
 * {@code dir="auto"}, so screen readers pronounce it right and it keeps its own direction.
 */
public final class TranslatedText {

    public static final String MARK_CLASS = "written-in";

    private TranslatedText() {}

    /** The language of the page {@code in} is shown in. */
    public static Language page(Component in) {
        return Language.of(locale(in));
    }

    private static Locale locale(Component in) {
        return in.getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Language.DEFAULT.locale());
    }

    /** Sets the text's language and direction on the component holding it. */
    public static <T extends HasElement> T text(T component, MultilingualText.Shown shown) {
        return Written.text(component, shown.language().code());
    }

    /** "Written in Swedish", in the page's language, when the reader gets the original instead of their language. */
    public static Optional<Span> mark(MultilingualText.Shown shown, Component in) {
        Language page = page(in);
        if (!shown.fallsBackFrom(page)) {
            return Optional.empty();
        }
        Span mark = new Span(in.getTranslation(
                "content.writtenIn", LanguageNames.of(shown.language().code(), locale(in))));
        mark.addClassName(MARK_CLASS);
        return Optional.of(mark);
    }

    /** A line (e.g. a title) as a span with its language, followed by the mark when it falls back. */
    public static Span line(MultilingualText text, Component in) {
        MultilingualText.Shown shown = text.in(page(in));
        Span line = new Span(text(new Span(shown.text()), shown));
        mark(shown, in).ifPresent(mark -> line.add(new Span(" "), mark));
        line.addClassName("translated-text");
        return line;
    }

    /** A Markdown text (e.g. a description), rendered safely, with the mark above it when it falls back. */
    public static Div rich(MultilingualText text, Component in) {
        MultilingualText.Shown shown = text.in(page(in));
        Div block = new Div();
        block.addClassName("translated-text");
        mark(shown, in).ifPresent(block::add);
        block.add(new RichTextView(shown.text(), shown.language().code()));
        return block;
    }
}
