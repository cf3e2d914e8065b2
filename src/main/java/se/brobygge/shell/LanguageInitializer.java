package se.brobygge.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.AcceptLanguage;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.FreeTextDirection;
import se.brobygge.shared.ui.UiLanguage;

/**
 * Picks the language of every new page: a signed-in user's preference, else the choice made in
 * this session, else the cookie, else the browser's {@code Accept-Language} among the complete
 * languages (a first visit), else Swedish. The first HTML already carries {@code lang} and
 * {@code dir}, so screen readers start in the right language.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final TranslationProvider translations;

    LanguageInitializer(CurrentUser currentUser, AccountService accounts, TranslationProvider translations) {
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Language language = resolve(VaadinSession.getCurrent(), response.getVaadinRequest());
            response.getDocument()
                    .child(0)
                    .attr("lang", language.code())
                    .attr("dir", language.rightToLeft() ? "rtl" : "ltr");
        });
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            Language language = resolve(e.getUI().getSession(), request);
            UiLanguage.apply(e.getUI(), language);
            FreeTextDirection.install(e.getUI());
            // Vaadin's own messages often come when the session is gone: the cookie still knows
            Optional<Language> before = UiLanguage.fromCookie(request);
            if (currentUser.isSignedIn() && !before.equals(Optional.of(language))) {
                UiLanguage.rememberInCookie(language);
                // the person was reading another language before signing in: say so, once (the
                // cookie now holds the account's language)
                before.filter(translations::isComplete)
                        .filter(previous -> preferenceOfSignedInUser().equals(Optional.of(language)))
                        .ifPresent(previous -> LanguageNotice.show(e.getUI(), language, previous, accounts));
            }
        });
    }

    Language resolve(@Nullable VaadinSession session, @Nullable VaadinRequest request) {
        return known(session, request).or(() -> askedByBrowser(request)).orElse(Language.DEFAULT);
    }

    /** The complete language the browser ranks highest, for someone who has not chosen one. */
    Optional<Language> askedByBrowser(@Nullable VaadinRequest request) {
        return request == null
                ? Optional.empty()
                : AcceptLanguage.negotiate(request.getHeader("Accept-Language"), translations.completeLanguages());
    }

    /** The language this person asked for, if any: account, then session, then cookie. */
    Optional<Language> known(@Nullable VaadinSession session, @Nullable VaadinRequest request) {
        return preferenceOfSignedInUser()
                .or(() -> UiLanguage.chosenInSession(session))
                .or(() -> UiLanguage.fromCookie(request))
                .filter(translations::isComplete);
    }

    private Optional<Language> preferenceOfSignedInUser() {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        try {
            return Language.byCode(accounts.myProfile().preferredLanguage());
        } catch (AccessDeniedException | NoSuchElementException e) {
            return Optional.empty();
        }
    }
}
