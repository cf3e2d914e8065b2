package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import se.brobygge.identity.AccountService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.UiLanguage;

/**
 * Said once, right after signing in, when the language saved in the account is not the one the
 * person was reading in: the pages now follow the account, and one click goes back.
 */
final class LanguageNotice {

    private LanguageNotice() {}

    static void show(UI ui, Language saved, Language before, AccountService accounts) {
        Notification notice = new Notification();
        notice.addClassName("language-notice");
        notice.setPosition(Notification.Position.BOTTOM_STRETCH);
        notice.setDuration(0);
        // the account's language named in itself (the page is in it now); the earlier one in its own
        // words, so that its reader recognises it
        Span text = new Span(ui.getTranslation(
                "language.notice", LanguageNames.of(saved.code(), saved.locale()), before.nativeName()));
        Button keepBefore = new Button(ui.getTranslation("language.notice.use", before.nativeName()), e -> {
            accounts.changeMyLanguage(before);
            UiLanguage.remember(before);
            UiLanguage.apply(ui, before);
            ui.getPage().reload();
        });
        // the other language's name in its own language and direction
        keepBefore.getElement().setAttribute("lang", before.code());
        keepBefore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepBefore.addClassName("language-notice-switch");
        Button close = new Button(ui.getTranslation("language.notice.ok"), e -> notice.close());
        close.addClassName("language-notice-close");
        HorizontalLayout content = new HorizontalLayout(text, keepBefore, close);
        content.setAlignItems(HorizontalLayout.Alignment.CENTER);
        content.setWrap(true);
        notice.add(content);
        ui.add(notice);
        notice.open();
    }
}
