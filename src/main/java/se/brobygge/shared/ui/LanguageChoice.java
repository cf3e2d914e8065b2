package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import se.brobygge.shared.i18n.Language;

/**
 * A choice of Brobygge's own language lists each language by its own name ("Svenska", "العربية"),
 * so that a person finds theirs whatever the page is in; each name carries its language, so that a
 * screen reader says it right.
 */
public final class LanguageChoice {

    private LanguageChoice() {}

    public static void byOwnNames(Select<Language> select) {
        select.setItemLabelGenerator(Language::nativeName);
        select.setRenderer(new ComponentRenderer<>(language -> {
            Span name = new Span(language.nativeName());
            name.getElement().setAttribute("lang", language.code());
            name.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            return name;
        }));
    }
}
