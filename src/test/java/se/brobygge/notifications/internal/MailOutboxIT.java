package se.brobygge.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.notifications.MailOutboxService;
import se.brobygge.notifications.MailStatus;
import se.brobygge.notifications.OutboxEntry;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** The outbox with a real SMTP server that goes down and comes back. */
@IntegrationTest
class MailOutboxIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxMailRepository mails;

    @Autowired
    MailOutboxService outboxService;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void smtpBackUp() {
        TestSmtp.start();
    }

    @Test
    void whileTheSmtpServerIsDownRegistrationSucceedsAndTheMailGoesOutOnceItIsBack() {
        TestSmtp.stop();
        String email = TestAccounts.uniqueEmail("outage");

        registrations.register(new Registration(email, "ett långt och bra lösenord", "Noor", "sv"));

        // the mail waits in the outbox and has been tried at least once
        await().atMost(Duration.ofSeconds(20))
                .until(() -> entryFor(email) != null && entryFor(email).attempts() >= 1);
        OutboxEntry waiting = entryFor(email);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.lastError()).isNotBlank();

        GreenMail smtp = TestSmtp.start();
        Mailbox.awaitOne(smtp, email);
        await().atMost(Duration.ofSeconds(10)).until(() -> entryFor(email).status() == MailStatus.SENT);
        // several more dispatch rounds pass: still one mail
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, email)).hasSize(1);
    }

    @Test
    @WithMockUser(roles = "STAFF")
    void aPermanentlyRefusedMailIsMarkedFailedAndShownToStaffNotRetriedForever() {
        TestSmtp.start();
        String key = "test-bad-address:" + System.nanoTime();
        transactions.executeWithoutResult(s -> outbox.enqueue(
                key, "inte en adress@@brohamn", "sv", "verify", "Noor", "http://localhost:8080/verify-email?token=x"));

        await().atMost(Duration.ofSeconds(20)).until(() -> failedWith("inte en adress@@brohamn") != null);
        OutboxEntry failed = failedWith("inte en adress@@brohamn");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(failedWith("inte en adress@@brohamn").attempts())
                .as("not retried")
                .isEqualTo(1);
        assertThat(outboxService.summary().failed()).isPositive();
    }

    @Test
    void theSameEventQueuesItsMailOnce() {
        String key = "test-dedup:" + System.nanoTime();
        String email = TestAccounts.uniqueEmail("dedup");
        transactions.executeWithoutResult(s -> outbox.enqueue(key, email, "sv", "verify", "Noor", "http://x/y"));
        transactions.executeWithoutResult(s -> outbox.enqueue(key, email, "sv", "verify", "Noor", "http://x/y"));
        assertThat(mails.findAll().stream()
                        .filter(m -> m.recipient().equals(email))
                        .count())
                .isEqualTo(1);
    }

    private OutboxEntry entryFor(String recipient) {
        return mails.findAll().stream()
                .filter(m -> m.recipient().equals(recipient))
                .map(OutboxMail::toEntry)
                .findFirst()
                .orElse(null);
    }

    private OutboxEntry failedWith(String recipient) {
        return mails.findAll().stream()
                .filter(m -> m.recipient().equals(recipient))
                .filter(m -> m.status() == MailStatus.FAILED)
                .map(OutboxMail::toEntry)
                .findFirst()
                .orElse(null);
    }
}
