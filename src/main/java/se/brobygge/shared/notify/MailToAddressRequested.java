package se.brobygge.shared.notify;

import java.util.List;

/**
 * Any module asks for a mail to an address that need not belong to an account (e.g. a reply to
 * someone who reported a problem without signing in) by publishing this event; the notifications
 * module writes it in {@code languageCode} and queues it in its outbox, once per {@code dedupKey}.
 * <p>
 * The texts are the publishing module's translation keys {@code <textPrefix>.subject},
 * {@code .intro}, {@code .action} and {@code .outro}, each formatted with {@code args}; the mail's
 * button leads to {@code link} (a full address).
 */
public record MailToAddressRequested(
        String dedupKey, String email, String languageCode, String textPrefix, List<String> args, String link) {

    public MailToAddressRequested {
        args = List.copyOf(args);
    }
}
