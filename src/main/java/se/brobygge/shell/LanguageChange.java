package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.UiLanguage;

/**
 * A person picks another language: it is remembered for the session and the browser, saved to the
 * account when they are signed in, and the page is shown again in it.
 */
@Component
class LanguageChange {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    LanguageChange(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    void to(Language language) {
        UI ui = UI.getCurrent();
        if (language == Language.of(ui.getLocale())) {
            return;
        }
        UiLanguage.remember(language);
        if (currentUser.isSignedIn()) {
            accounts.changeMyLanguage(language);
        }
        UiLanguage.apply(ui, language);
        ui.getPage().reload();
    }
}
