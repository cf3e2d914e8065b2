package se.brobygge.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.TranslatedText;

/** What a person sees of texts written in several languages (decision 0050), for Karibu tests. */
public final class MultilingualFields {

    private MultilingualFields() {}

    /** The "Written in Swedish" marks on the page, as shown. */
    public static List<String> marks() {
        return _find(Span.class).stream()
                .filter(s -> s.hasClassName(TranslatedText.MARK_CLASS))
                .map(Span::getText)
                .toList();
    }

    /** The multilingual field whose Swedish field has this label. */
    public static MultilingualField field(String label) {
        return _find(MultilingualField.class).stream()
                .filter(f -> label.equals(f.field(Language.SWEDISH).getLabel()))
                .findFirst()
                .orElseThrow();
    }

    /** Presses the language's button above the field, as a person choosing the language does. */
    public static void select(MultilingualField field, String buttonText) {
        _click(_get(field, NativeButton.class, spec -> spec.withText(buttonText)));
    }

    /** The language whose field is shown: its button is the pressed one. */
    public static String selected(Component field) {
        return _find(field, NativeButton.class).stream()
                .filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed")))
                .map(NativeButton::getText)
                .findFirst()
                .orElseThrow();
    }
}
