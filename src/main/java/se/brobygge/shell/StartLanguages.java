package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/**
 * The start page's language choice: every offered language as a button in its own script and
 * name, in view without opening a menu, so that a newcomer who cannot read the page finds theirs
 * with one tap.
 */
class StartLanguages extends Nav {

    StartLanguages(TranslationProvider translations, LanguageChange change) {
        addClassName("start-languages");
        getElement().setAttribute("aria-label", getTranslation("language.switcher"));
        Language current = Language.of(UI.getCurrent().getLocale());
        for (Language language : translations.completeLanguages()) {
            NativeButton button = new NativeButton(language.nativeName(), e -> change.to(language));
            button.getElement().setAttribute("lang", language.code());
            button.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            if (language == current) {
                button.getElement().setAttribute("aria-current", "true");
            }
            add(button);
        }
    }
}
