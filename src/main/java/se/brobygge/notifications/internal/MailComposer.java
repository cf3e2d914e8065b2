package se.brobygge.notifications.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;

/**
 * Writes mails from translation keys in the recipient's language: a plain-text part and an HTML
 * part with the right {@code lang} and direction (right-to-left for Arabic and Dari).
 */
@Component
class MailComposer {

    private final TranslationProvider translations;
    private final BrobyggeProperties properties;

    MailComposer(TranslationProvider translations, BrobyggeProperties properties) {
        this.translations = translations;
        this.properties = properties;
    }

    /**
     * @param kind mail kind; keys {@code mail.<kind>.subject}, {@code .intro}, {@code .action},
     *             {@code .outro} are looked up
     */
    RenderedMail compose(String kind, Language language, String displayName, String link, Object... params) {
        Locale locale = language.locale();
        String municipality = properties.municipality().name();
        String subject = t("mail." + kind + ".subject", locale, params);
        String greeting = t("mail.greeting", locale, displayName);
        String intro = t("mail." + kind + ".intro", locale, params);
        String action = t("mail." + kind + ".action", locale);
        String outro = t("mail." + kind + ".outro", locale, params);
        String signature = t("mail.signature", locale, municipality);

        String text = String.join("\n\n", greeting, intro, action + ":\n" + link, outro, signature) + "\n";

        String dir = language.rightToLeft() ? "rtl" : "ltr";
        String align = language.rightToLeft() ? "right" : "left";
        String html = "<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + dir + "\">\n<head>"
                + "<meta charset=\"utf-8\"><title>" + esc(subject) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5; text-align: " + align + "; color: #1a1a1a;\">\n"
                + "<p>" + esc(greeting) + "</p>\n"
                + "<p>" + esc(intro) + "</p>\n"
                + "<p><a href=\"" + esc(link) + "\" style=\"display: inline-block; padding: 10px 16px; "
                + "background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">" + esc(action) + "</a></p>\n"
                + "<p style=\"font-size: 0.9em;\">" + esc(link) + "</p>\n"
                + "<p>" + esc(outro) + "</p>\n"
                + "<p>" + esc(signature) + "</p>\n"
                + "</body>\n</html>\n";
        return new RenderedMail(subject, text, html);
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
