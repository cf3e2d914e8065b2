package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.LanguageChoice;
import se.brobygge.shared.ui.UiLanguage;

/** Lists the complete languages by their own names; a change reloads the page in that language. */
class LanguageSwitcher extends Select<Language> {

    LanguageSwitcher(TranslationProvider translations, CurrentUser currentUser, AccountService accounts) {
        addClassName("language-switcher");
        setItems(translations.completeLanguages());
        LanguageChoice.byOwnNames(this);
        setAriaLabel(getTranslation("language.switcher"));
        setValue(Language.of(UI.getCurrent().getLocale()));
        addValueChangeListener(e -> {
            Language language = e.getValue();
            if (language == null || language == Language.of(UI.getCurrent().getLocale())) {
                return;
            }
            UiLanguage.remember(language);
            if (currentUser.isSignedIn()) {
                accounts.changeMyLanguage(language);
            }
            UI ui = UI.getCurrent();
            UiLanguage.apply(ui, language);
            ui.getPage().reload();
        });
    }
}
