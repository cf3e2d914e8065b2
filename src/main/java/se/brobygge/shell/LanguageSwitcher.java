package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.LanguageChoice;

/** Lists the complete languages by their own names; a change reloads the page in that language. */
class LanguageSwitcher extends Select<Language> {

    LanguageSwitcher(TranslationProvider translations, LanguageChange change) {
        addClassName("language-switcher");
        setItems(translations.completeLanguages());
        LanguageChoice.byOwnNames(this);
        setAriaLabel(getTranslation("language.switcher"));
        setValue(Language.of(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            if (e.getValue() != null) {
                change.to(e.getValue());
            }
        });
    }
}
