package se.brobygge.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.notifications.MailStatus;
import se.brobygge.notifications.OutboxEntry;

@Entity
@Table(name = "notifications_mail")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "dedup_key", nullable = false)
    private String dedupKey;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    /** The List-Unsubscribe address; null for mails that are always sent. */
    @Column(name = "unsubscribe_url")
    private @Nullable String unsubscribeUrl;

    /** Text of a QR code shown inline in the HTML part (a sign-up's check-in address); usually null. */
    @Column(name = "inline_qr")
    private @Nullable String inlineQr;

    /** Lower goes first: 0 for account security, 5 for everything else. */
    @Column(nullable = false)
    private byte priority = MailOutbox.NORMAL;

    protected OutboxMail() {
        this("", "", "", new RenderedMail("", "", ""), Instant.EPOCH);
    }

    OutboxMail(String dedupKey, String recipient, String language, RenderedMail mail, Instant now, int priority) {
        this(dedupKey, recipient, language, mail, now);
        this.priority = (byte) priority;
    }

    OutboxMail(String dedupKey, String recipient, String language, RenderedMail mail, Instant now) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.language = language;
        this.subject = mail.subject();
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxMail withUnsubscribeUrl(@Nullable String url) {
        this.unsubscribeUrl = url;
        return this;
    }

    OutboxMail withInlineQr(@Nullable String text) {
        this.inlineQr = text;
        return this;
    }

    @Nullable
    String inlineQr() {
        return inlineQr;
    }

    @Nullable
    String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    public OutboxEntry toEntry() {
        return new OutboxEntry(
                id == null ? 0 : id, recipient, subject, status, attempts, createdAt, nextAttemptAt, sentAt, lastError);
    }

    public MailStatus status() {
        return status;
    }

    public void retryNow(Instant now) {
        status = MailStatus.PENDING;
        nextAttemptAt = now;
    }

    String recipient() {
        return recipient;
    }

    String language() {
        return language;
    }

    String subject() {
        return subject;
    }

    String textBody() {
        return textBody;
    }

    String htmlBody() {
        return htmlBody;
    }

    int attempts() {
        return attempts;
    }

    void markSent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    void markTemporaryFailure(String error, Instant nextAttempt) {
        attempts++;
        lastError = abbreviate(error);
        nextAttemptAt = nextAttempt;
    }

    void markFailed(String error) {
        attempts++;
        status = MailStatus.FAILED;
        lastError = abbreviate(error);
    }

    private static String abbreviate(String error) {
        return error.length() > 500 ? error.substring(0, 497) + "..." : error;
    }
}
