package se.brobygge.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import se.brobygge.moderation.LogEntry;
import se.brobygge.moderation.ReportReason;
import se.brobygge.shared.i18n.LanguageNames;

/**
 * A log line's "concerns" and "reason" for people: the log stores codes ("word:sv:kasino",
 * "dialogue:post:5", "BLOCK", "offensive"), the page says "watched word “kasino” (Swedish)".
 */
final class LogText {

    private LogText() {}

    static String target(LogEntry entry, Component page) {
        String[] parts = entry.target().split(":", 3);
        if (parts.length == 3 && "word".equals(parts[0])) {
            return page.getTranslation("moderation.log.target.word", parts[2], language(parts[1], page));
        }
        if (parts.length == 2 && "account".equals(parts[0])) {
            return page.getTranslation("moderation.log.target.account", parts[1]);
        }
        if ("settings".equals(entry.target())) {
            return page.getTranslation("moderation.settings.title");
        }
        if (parts.length == 3) { // a piece of content: module, type, id
            return page.getTranslation(
                    "moderation.log.target.content", page.getTranslation("moderation.module." + parts[0]), parts[2]);
        }
        return entry.target();
    }

    /** The reason: a code put into words, or what a person wrote (see {@link #isWritten}). */
    static String reason(LogEntry entry, Component page) {
        String reason = entry.reason();
        if (reason == null) {
            return "";
        }
        return switch (entry.action()) {
            case "REPORT" ->
                ReportReason.ofCode(reason)
                        .map(r -> page.getTranslation("moderation.reason." + r.name()))
                        .orElse(reason);
            case "WORD_ADD" -> page.getTranslation("moderation.wordAction." + reason);
            case "SETTINGS" -> settings(reason, page);
            default -> reason;
        };
    }

    /** Whether the reason is text a moderator (or the system, in the writer's language) wrote. */
    static boolean isWritten(LogEntry entry) {
        return entry.reason() != null
                && !switch (entry.action()) {
                    case "REPORT", "WORD_ADD", "SETTINGS" -> true;
                    default -> false;
                };
    }

    private static String settings(String reason, Component page) {
        String[] values = reason.split("/");
        return values.length != 3
                ? reason
                : page.getTranslation("moderation.log.reason.settings", values[0], values[1], values[2]);
    }

    private static String language(String code, Component page) {
        Locale reader = UI.getCurrent().getLocale();
        return "*".equals(code) ? page.getTranslation("moderation.words.allLanguages") : LanguageNames.of(code, reader);
    }
}
