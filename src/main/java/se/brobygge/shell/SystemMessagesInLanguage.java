package se.brobygge.shell;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/**
 * The messages Vaadin itself shows (session expired, internal error, cookies disabled, out of
 * sync) in the page's language instead of Vaadin's English. They are often asked for when there is
 * no session any more, and Vaadin then passes the browser's locale; the page's own language (the
 * account's, the session's or the cookie's) comes first, so the message matches the page.
 */
@Component
class SystemMessagesInLanguage implements VaadinServiceInitListener {

    private final LanguageInitializer languages;
    private final TranslationProvider translations;

    SystemMessagesInLanguage(LanguageInitializer languages, TranslationProvider translations) {
        this.languages = languages;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(this::messages);
    }

    SystemMessages messages(SystemMessagesInfo info) {
        VaadinSession session = VaadinSession.getCurrent();
        // with a live session its page's language is known; without one only the cookie can tell
        Language language = session != null
                ? languages.resolve(session, info.getRequest())
                : languages
                        .known(null, info.getRequest())
                        .or(() -> languages.askedByBrowser(info.getRequest()))
                        .orElseGet(() -> fallback(info.getLocale()));
        return messages(language.locale());
    }

    /** The messages in a locale; for tests and for the client's connection texts. */
    SystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // said, not a silent reload: the person learns why what they typed is gone
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption(t("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(t("system.sessionExpired.message", locale));
        messages.setInternalErrorCaption(t("system.internalError.caption", locale));
        messages.setInternalErrorMessage(t("system.internalError.message", locale));
        messages.setCookiesDisabledCaption(t("system.cookiesDisabled.caption", locale));
        messages.setCookiesDisabledMessage(t("system.cookiesDisabled.message", locale));
        messages.setSyncErrorCaption(t("system.syncError.caption", locale));
        messages.setSyncErrorMessage(t("system.syncError.message", locale));
        return messages;
    }

    /**
     * No page language is known (no session, no cookie): the browser's language when Brobygge has
     * it (a partial translation falls back per text to English), English for any other foreign
     * language, Swedish when the browser says nothing.
     */
    static Language fallback(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return Language.DEFAULT;
        }
        return Optional.of(locale.getLanguage()).flatMap(Language::byCode).orElse(Language.ENGLISH);
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
