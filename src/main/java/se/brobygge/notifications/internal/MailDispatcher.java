package se.brobygge.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.LogText;
import se.brobygge.shared.qr.QrCode;

/**
 * Sends due mails from the outbox. A mail the SMTP server cannot take now (server down, 4xx) waits
 * with growing back-off; a mail refused permanently (5xx, malformed address) is marked failed and
 * shown to staff instead of being retried forever.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;

    private final OutboxMailRepository mails;
    private final JavaMailSender sender;
    private final TransactionTemplate transactions;
    private final IncompleteEventPublications incompletePublications;
    private final BrobyggeProperties.Mail settings;
    private final Clock clock;

    MailDispatcher(
            OutboxMailRepository mails,
            JavaMailSender sender,
            TransactionTemplate transactions,
            IncompleteEventPublications incompletePublications,
            BrobyggeProperties properties,
            Clock clock) {
        this.mails = mails;
        this.sender = sender;
        this.transactions = transactions;
        this.incompletePublications = incompletePublications;
        this.settings = properties.mail();
        this.clock = clock;
    }

    /**
     * The scheduled tick. Only one node sends at a time (ShedLock); SKIP LOCKED in {@link #dispatchDue()}
     * would keep mails single even without it, but one sender per tick keeps SMTP connections few.
     * The lock lasts at most 30 s: when a node loses the database while holding it (the release
     * fails), the other nodes send again half a minute later, not five; a batch that outlasts the
     * lock is still safe thanks to SKIP LOCKED.
     */
    @Scheduled(fixedDelayString = "${brobygge.mail.poll-interval:PT5S}", initialDelayString = "PT2S")
    @SchedulerLock(name = "notifications.mail-dispatch", lockAtMostFor = "PT30S")
    public void tick() {
        dispatchDue();
    }

    /** Sends what is due now; returns how many mails went out. */
    public int dispatchDue() {
        int sent = 0;
        int claimed;
        do {
            int[] counts = transactions.execute(status -> sendBatch());
            claimed = counts == null ? 0 : counts[0];
            sent += counts == null ? 0 : counts[1];
        } while (claimed == BATCH);
        return sent;
    }

    /** One SMTP connection per batch: a queue of thousands drains in seconds, not minutes. */
    private int[] sendBatch() {
        List<OutboxMail> due = mails.claimDue(clock.instant(), BATCH);
        Map<MimeMessage, OutboxMail> ready = new LinkedHashMap<>();
        for (OutboxMail mail : due) {
            try {
                ready.put(toMime(mail), mail);
            } catch (MessagingException | MailException e) {
                handleFailure(mail, e);
            }
        }
        if (ready.isEmpty()) {
            return new int[] {due.size(), 0};
        }
        Map<Object, Exception> failed = Map.of();
        try {
            sender.send(ready.keySet().toArray(new MimeMessage[0]));
        } catch (MailSendException e) {
            failed = e.getFailedMessages().isEmpty() ? everything(ready, e) : e.getFailedMessages();
        } catch (MailException e) {
            failed = everything(ready, e);
        }
        int sent = 0;
        for (var entry : ready.entrySet()) {
            Exception problem = failed.get(entry.getKey());
            if (problem == null) {
                entry.getValue().markSent(clock.instant());
                sent++;
            } else {
                handleFailure(entry.getValue(), problem);
            }
        }
        return new int[] {due.size(), sent};
    }

    private static Map<Object, Exception> everything(Map<MimeMessage, OutboxMail> ready, Exception e) {
        Map<Object, Exception> all = new IdentityHashMap<>();
        ready.keySet().forEach(m -> all.put(m, e));
        return all;
    }

    private void handleFailure(OutboxMail mail, Exception e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        // a mail server's answer often quotes the recipient's address: the log gets it without
        String logged = LogText.redacted(error);
        if (isPermanent(e)) {
            log.warn("Mail {} refused permanently: {}", mail.toEntry().id(), logged);
            mail.markFailed(error);
        } else if (mail.attempts() + 1 >= settings.maxAttempts()) {
            log.warn("Mail {} given up after {} attempts: {}", mail.toEntry().id(), mail.attempts() + 1, logged);
            mail.markFailed(error);
        } else {
            Instant next = clock.instant().plus(backoff(mail.attempts() + 1));
            log.info("Mail {} not sent ({}); next attempt at {}", mail.toEntry().id(), logged, next);
            mail.markTemporaryFailure(error, next);
        }
    }

    Duration backoff(int attempts) {
        Duration delay = settings.retryInitial().multipliedBy(1L << Math.min(attempts - 1, 16));
        return delay.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : delay;
    }

    static boolean isPermanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MailParseException
                    || t instanceof MailPreparationException
                    || t instanceof AddressException) {
                return true;
            }
            if (t instanceof SMTPAddressFailedException f && f.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof SMTPSendFailedException f && f.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof MailSendException m) {
                for (Exception failed : m.getFailedMessages().values()) {
                    if (failed != e && isPermanent(failed)) {
                        return true;
                    }
                }
            }
            if (t instanceof SendFailedException s
                    && s.getNextException() != null
                    && s.getNextException() != t
                    && isPermanent(s.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private MimeMessage toMime(OutboxMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(settings.from(), true));
        helper.setTo(new InternetAddress(mail.recipient(), true));
        helper.setSubject(mail.subject());
        helper.setText(mail.textBody(), mail.htmlBody());
        if (mail.inlineQr() != null) {
            helper.addInline(
                    MailComposer.QR_CONTENT_ID, new ByteArrayResource(QrCode.png(mail.inlineQr(), 6)), "image/png");
        }
        message.setHeader("Content-Language", mail.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        String unsubscribe = mail.unsubscribeUrl();
        if (unsubscribe != null) {
            // RFC 2369 and RFC 8058: mail programs show an unsubscribe button that POSTs to this address
            message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** Events whose listener failed (e.g. the node stopped mid-way) are handed over again. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    @SchedulerLock(name = "notifications.resubmit-events", lockAtMostFor = "PT5M")
    public void resubmitStaleEvents() {
        incompletePublications.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(2));
    }
}
