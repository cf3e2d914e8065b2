package se.brobygge.shared.notify;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Any module asks for a person to be told something by publishing this event; the notifications
 * module shows it in the in-app list and mails it as the person's preferences for {@code kind}
 * say, in the person's language.
 * <p>
 * {@code subjectKey} and {@code bodyKey} are translation keys in the publishing module's bundle;
 * their {@link java.text.MessageFormat} arguments are {@code args} followed, when {@code when} is
 * set, by {@code when} formatted as date and time in the recipient's language. {@code link} is a
 * path inside Brobygge (e.g. {@code /events/42}) or null. {@code dedupKey} makes a repeated
 * delivery of the same event harmless: one notification per key and recipient.
 */
public record NotificationRequested(
        long recipientAccountId,
        NotificationKind kind,
        String dedupKey,
        String subjectKey,
        String bodyKey,
        List<String> args,
        @Nullable Instant when,
        @Nullable String link) {

    public NotificationRequested {
        args = List.copyOf(args);
    }
}
