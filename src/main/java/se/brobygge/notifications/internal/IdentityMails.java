package se.brobygge.notifications.internal;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.brobygge.identity.EmailChangeRequested;
import se.brobygge.identity.EmailVerificationRequested;
import se.brobygge.identity.ExistingAccountRegistrationAttempted;
import se.brobygge.identity.PasswordChanged;
import se.brobygge.identity.PasswordResetRequested;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;

/**
 * Mails for account security. Always sent, whatever a user's notification preferences say.
 * Listeners run after the causing transaction committed; Modulith's event publication registry
 * keeps the event until the mail is in the outbox, so none is lost if the node stops in between.
 */
@Component
class IdentityMails {

    private final MailOutbox outbox;
    private final String baseUrl;

    IdentityMails(MailOutbox outbox, BrobyggeProperties properties) {
        this.outbox = outbox;
        this.baseUrl = properties.baseUrl();
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        outbox.enqueue(
                MailOutbox.URGENT,
                "verify-email:" + event.tokenId(),
                event.email(),
                event.language(),
                "verify",
                event.displayName(),
                verificationLink(event));
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        outbox.enqueue(
                MailOutbox.URGENT,
                "reset-password:" + event.tokenId(),
                event.email(),
                event.language(),
                "reset",
                event.displayName(),
                link("/reset-password", event.token()));
    }

    /**
     * The link to the new address (none when it belongs to another account), and a notice to the
     * old one, so that the owner hears of it if it was not them.
     */
    @ApplicationModuleListener
    void on(EmailChangeRequested event) {
        String token = event.token();
        if (token != null) {
            outbox.enqueue(
                    MailOutbox.URGENT,
                    "change-email:" + event.tokenId(),
                    event.newEmail(),
                    event.language(),
                    "changeEmail",
                    event.displayName(),
                    link("/confirm-email", token),
                    event.newEmail());
        }
        outbox.enqueue(
                MailOutbox.URGENT,
                "change-email-notice:" + event.accountId().value() + ":" + event.requestedAt(),
                event.oldEmail(),
                event.language(),
                "emailNotice",
                event.displayName(),
                page("/forgot-password"),
                event.newEmail());
    }

    /**
     * A notice to the account's address after its password changed, saying when, and how to take
     * the account back if it was not them.
     */
    @ApplicationModuleListener
    void on(PasswordChanged event) {
        Language language = Language.byCode(event.language()).orElse(Language.DEFAULT);
        outbox.enqueue(
                MailOutbox.URGENT,
                "password-notice:" + event.accountId().value() + ":" + event.changedAt(),
                event.email(),
                language.code(),
                "passwordNotice",
                event.displayName(),
                page("/forgot-password"),
                Formats.dateTime(event.changedAt(), language.locale()));
    }

    /** At most one a hour per account, so that registering with someone's address cannot flood their inbox. */
    @ApplicationModuleListener
    void on(ExistingAccountRegistrationAttempted event) {
        String hour = event.attemptedAt().truncatedTo(ChronoUnit.HOURS).toString();
        outbox.enqueue(
                MailOutbox.NORMAL,
                "register-existing:" + event.accountId().value() + ":" + hour,
                event.email(),
                event.language(),
                "existing",
                event.displayName(),
                page("/login"),
                page("/forgot-password"));
    }

    private String page(String path) {
        return UriComponentsBuilder.fromUriString(baseUrl).path(path).build().toUriString();
    }

    /** The verification page, which then offers to sign in and return to the page the person came from. */
    private String verificationLink(EmailVerificationRequested event) {
        var builder = UriComponentsBuilder.fromUriString(baseUrl)
                .path("/verify-email")
                .queryParam("token", event.token());
        ReturnPath.parse(event.returnPath()).ifPresent(path -> builder.queryParam(ReturnPath.PARAMETER, "{next}"));
        return builder.encode()
                .buildAndExpand(Map.of("next", String.valueOf(event.returnPath())))
                .toUriString();
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(baseUrl)
                .path(path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }
}
