package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.UiLanguage;
import se.brobygge.support.KaribuTest;

/** Vaadin's own messages (session expired, internal error...) come in the page's language, never Vaadin's English. */
class SystemMessagesKT extends KaribuTest {

    @Autowired
    SystemMessagesInLanguage provider;

    @Test
    void withoutASessionTheBrowsersLanguageDecides() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        try {
            SystemMessages arabic = messages(Locale.forLanguageTag("ar"));
            assertThat(arabic.getInternalErrorCaption()).isEqualTo("حدث خطأ ما");
            assertThat(arabic.getSessionExpiredCaption()).isEqualTo("أُغلقت هذه الصفحة");
            assertThat(arabic.getCookiesDisabledMessage()).contains("ملفات تعريف الارتباط");
            assertThat(arabic.getSyncErrorCaption()).isEqualTo("يجب إعادة تحميل الصفحة");

            assertThat(messages(Locale.forLanguageTag("sv")).getInternalErrorCaption())
                    .isEqualTo("Något gick fel");
            assertThat(messages(Locale.ENGLISH).getInternalErrorCaption()).isEqualTo("Something went wrong");
            assertThat(messages(Locale.GERMAN).getInternalErrorCaption())
                    .as("another language: English")
                    .isEqualTo("Something went wrong");
            assertThat(messages(Locale.forLanguageTag("uk")).getSessionExpiredCaption())
                    .as("Ukrainian, now complete, in Ukrainian")
                    .isEqualTo("Сторінку закрито");
            assertThat(messages(Locale.ROOT).getInternalErrorCaption())
                    .as("no language: Swedish")
                    .isEqualTo("Något gick fel");
        } finally {
            VaadinSession.setCurrent(session);
        }
    }

    @Test
    void withASessionThePagesLanguageWinsOverTheBrowsers() {
        UiLanguage.remember(Language.ARABIC);
        SystemMessages messages =
                VaadinService.getCurrent().getSystemMessages(Locale.ENGLISH, VaadinRequest.getCurrent());
        assertThat(messages.getInternalErrorCaption()).isEqualTo("حدث خطأ ما");
        assertThat(messages.getInternalErrorMessage()).doesNotContain("notify the administrator");
    }

    @Test
    void noMessageIsVaadinsEnglishDefault() {
        CustomizedSystemMessages defaults = new CustomizedSystemMessages();
        defaults.setSessionExpiredNotificationEnabled(true);
        for (Language language : new Language[] {Language.SWEDISH, Language.ENGLISH, Language.ARABIC}) {
            SystemMessages messages = provider.messages(language.locale());
            // a page whose session ended says why, instead of reloading silently and losing what was typed
            assertThat(messages.isSessionExpiredNotificationEnabled()).isTrue();
            assertThat(messages.getSessionExpiredCaption()).isNotEqualTo(defaults.getSessionExpiredCaption());
            assertThat(messages.getSessionExpiredMessage()).isNotEqualTo(defaults.getSessionExpiredMessage());
            assertThat(messages.getInternalErrorCaption()).isNotEqualTo(defaults.getInternalErrorCaption());
            assertThat(messages.getInternalErrorMessage()).isNotEqualTo(defaults.getInternalErrorMessage());
            assertThat(messages.getCookiesDisabledCaption()).isNotEqualTo(defaults.getCookiesDisabledCaption());
            assertThat(messages.getCookiesDisabledMessage()).isNotEqualTo(defaults.getCookiesDisabledMessage());
            assertThat(messages.getSyncErrorCaption()).isNotEqualTo(defaults.getSyncErrorCaption());
            assertThat(messages.getSyncErrorMessage()).isNotEqualTo(defaults.getSyncErrorMessage());
        }
    }

    private SystemMessages messages(Locale locale) {
        return provider.messages(new SystemMessagesInfo(locale, null, VaadinService.getCurrent()));
    }
}
