package se.brobygge.notifications.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
                + "<body style=\"font-family: sans-serif; line-height: 1.5; text-align: " + align
                + "; color: #1a1a1a;\">\n"
                + "<p>" + esc(greeting) + "</p>\n"
                + "<p>" + esc(intro) + "</p>\n"
                + "<p><a href=\"" + esc(link) + "\" style=\"display: inline-block; padding: 10px 16px; "
                + "background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">" + esc(action)
                + "</a></p>\n"
                + "<p style=\"font-size: 0.9em;\">" + esc(link) + "</p>\n"
                + "<p>" + esc(outro) + "</p>\n"
                + "<p>" + esc(signature) + "</p>\n"
                + "</body>\n</html>\n";
        return new RenderedMail(subject, text, html);
    }

    /** One part of a digest: a notification's subject, text and address. */
    record Item(String subject, String body, @Nullable String link) {}

    /** A way out printed at the bottom of a mail: the text of the link and its address. */
    record Unsubscribe(String label, String url) {}

    /**
     * A mail for one notification: greeting, the text, a button to the item in Brobygge, an
     * optional closing paragraph and unsubscribe links.
     */
    RenderedMail composeNotice(
            Language language,
            String displayName,
            String subject,
            String body,
            @Nullable String link,
            @Nullable String outro,
            List<Unsubscribe> unsubscribe) {
        return composeNotice(language, displayName, subject, body, link, outro, unsubscribe, false);
    }

    /**
     * As above; with {@code qrCode}, the HTML part shows the inline image {@link #QR_CONTENT_ID}
     * (the sign-up's QR code, attached by the dispatcher) with a caption.
     */
    RenderedMail composeNotice(
            Language language,
            String displayName,
            String subject,
            String body,
            @Nullable String link,
            @Nullable String outro,
            List<Unsubscribe> unsubscribe,
            boolean qrCode) {
        Locale locale = language.locale();
        RenderedMail mail = render(
                language,
                subject,
                t("mail.greeting", locale, displayName),
                outro == null ? List.of(body) : List.of(body, outro),
                List.of(),
                link,
                t("notifications.mail.open", locale),
                unsubscribe);
        if (!qrCode) {
            return mail;
        }
        String caption = t("notifications.mail.qr", locale);
        String image = "<p>" + esc(caption) + "</p>\n<p><img src=\"cid:" + QR_CONTENT_ID + "\" alt=\"" + esc(caption)
                + "\" width=\"200\" height=\"200\" style=\"image-rendering: pixelated;\"></p>\n";
        int signature = mail.html().lastIndexOf("<p style=\"white-space: pre-line;\">");
        return new RenderedMail(
                mail.subject(),
                mail.text(),
                mail.html().substring(0, signature) + image + mail.html().substring(signature));
    }

    /** Content id of a sign-up's QR code inside a mail. */
    static final String QR_CONTENT_ID = "checkin-qr";

    /**
     * A mail to someone who has no account yet, so no name: a greeting without one, then
     * {@code <prefix>.intro}, a button to the link and {@code <prefix>.outro}; the subject is
     * {@code <prefix>.subject}. All texts get the same parameters.
     */
    RenderedMail composeForStranger(String prefix, String introKey, Language language, String link, Object... params) {
        Locale locale = language.locale();
        return render(
                language,
                t(prefix + ".subject", locale, params),
                t("notifications.mail.greetingNoName", locale),
                List.of(t(introKey, locale, params), t(prefix + ".outro", locale, params)),
                List.of(),
                link,
                t(prefix + ".action", locale, params),
                List.of());
    }

    /** A digest: every waiting notification in one mail, each with its own link. */
    RenderedMail composeDigest(
            Language language,
            String displayName,
            String subject,
            String intro,
            List<Item> items,
            List<Unsubscribe> unsubscribe) {
        return render(
                language,
                subject,
                t("mail.greeting", language.locale(), displayName),
                List.of(intro),
                items,
                null,
                null,
                unsubscribe);
    }

    private RenderedMail render(
            Language language,
            String subject,
            String greeting,
            List<String> paragraphs,
            List<Item> items,
            @Nullable String link,
            @Nullable String action,
            List<Unsubscribe> unsubscribe) {
        Locale locale = language.locale();
        String signature = t("mail.signature", locale, properties.municipality().name());
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        for (Item item : items) {
            text.append("* ")
                    .append(item.subject())
                    .append("\n  ")
                    .append(item.body().replace("\n", "\n  "));
            if (item.link() != null) {
                text.append("\n  ").append(item.link());
            }
            text.append("\n\n");
        }
        if (link != null && action != null) {
            text.append(action).append(":\n").append(link).append("\n\n");
        }
        text.append(signature).append("\n");
        if (!unsubscribe.isEmpty()) {
            text.append("\n--\n");
            unsubscribe.forEach(
                    u -> text.append(u.label()).append(":\n").append(u.url()).append("\n"));
        }

        String dir = language.rightToLeft() ? "rtl" : "ltr";
        String align = language.rightToLeft() ? "right" : "left";
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(language.code())
                .append("\" dir=\"")
                .append(dir)
                .append("\">\n<head><meta charset=\"utf-8\"><title>")
                .append(esc(subject))
                .append("</title></head>\n<body dir=\"")
                .append(dir)
                .append("\" style=\"font-family: sans-serif; line-height: 1.5; text-align: ")
                .append(align)
                .append("; color: #1a1a1a;\">\n<p>")
                .append(esc(greeting))
                .append("</p>\n");
        paragraphs.forEach(p -> html.append("<p style=\"white-space: pre-line;\">")
                .append(esc(p))
                .append("</p>\n"));
        if (!items.isEmpty()) {
            html.append("<ul>\n");
            for (Item item : items) {
                html.append("<li><strong>");
                if (item.link() != null) {
                    html.append("<a href=\"")
                            .append(esc(item.link()))
                            .append("\">")
                            .append(esc(item.subject()))
                            .append("</a>");
                } else {
                    html.append(esc(item.subject()));
                }
                html.append("</strong><br>").append(esc(item.body())).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (link != null && action != null) {
            html.append("<p><a href=\"")
                    .append(esc(link))
                    .append("\" style=\"display: inline-block; padding: 10px 16px; ")
                    .append("background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">")
                    .append(esc(action))
                    .append("</a></p>\n<p style=\"font-size: 0.9em;\">")
                    .append(esc(link))
                    .append("</p>\n");
        }
        html.append("<p style=\"white-space: pre-line;\">")
                .append(esc(signature))
                .append("</p>\n");
        if (!unsubscribe.isEmpty()) {
            html.append("<hr>\n<p style=\"font-size: 0.85em; color: #444444;\">");
            for (int i = 0; i < unsubscribe.size(); i++) {
                Unsubscribe u = unsubscribe.get(i);
                html.append(i == 0 ? "" : "<br>")
                        .append("<a href=\"")
                        .append(esc(u.url()))
                        .append("\">")
                        .append(esc(u.label()))
                        .append("</a>");
            }
            html.append("</p>\n");
        }
        html.append("</body>\n</html>\n");
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
