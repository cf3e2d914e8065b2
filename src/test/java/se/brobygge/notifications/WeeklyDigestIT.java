package se.brobygge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.internal.DigestJob;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** The weekly digest: one mail on Monday morning, in the person's language, and none for who opted out. */
@IntegrationTest
class WeeklyDigestIT {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DigestJob digests;

    private void message(TestAccounts.Created to, String key, String sender) {
        transactions.executeWithoutResult(s -> publisher.publishEvent(new NotificationRequested(
                to.id().value(),
                NotificationKind.MESSAGE,
                key,
                "messaging.notify.subject",
                "messaging.notify.body",
                List.of(sender),
                null,
                "/messages/1")));
    }

    private void awaitItems(TestAccounts.Created who, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RunAs.as(who, Roles.RESIDENT, () -> notifications.recent(Locale.ENGLISH, 50))
                                .size()
                        >= count);
    }

    private static void quietFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(2)).until(() -> true);
    }

    @Test
    void theWeeklyDigestCollectsTheWeeksItemsIntoOneMailInThePersonsLanguage() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created olivia = accounts.createIn("en", "Olivia", Roles.RESIDENT);
        RunAs.run(olivia, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.WEEKLY));
        message(olivia, "weekly-1", "Sara");
        message(olivia, "weekly-2", "Johan");
        awaitItems(olivia, 2);

        digests.sendDue(Instant.now());
        quietFor(Duration.ofSeconds(1));
        assertThat(Mailbox.messagesFor(smtp, olivia.email()))
                .as("nothing before the next Monday morning")
                .isEmpty();

        digests.sendDue(Instant.now().plus(Duration.ofDays(7)));
        MimeMessage digest = Mailbox.awaitOne(smtp, olivia.email());
        assertThat(digest.getSubject()).isEqualTo("Your weekly summary from Brobygge: 2 new");
        assertThat(Mailbox.text(digest))
                .contains("This is what happened in the past week (2 notifications).")
                .contains("New message from Sara")
                .contains("New message from Johan")
                .contains("/messages/1")
                .doesNotContain("Nytt meddelande");
        assertThat(Mailbox.html(digest)).contains("lang=\"en\"");
        assertThat(digest.getHeader("List-Unsubscribe")).isNotNull();

        digests.sendDue(Instant.now().plus(Duration.ofDays(14)));
        quietFor(Duration.ofSeconds(1));
        assertThat(Mailbox.messagesFor(smtp, olivia.email()))
                .as("each item in one weekly digest only")
                .hasSize(1);
    }

    @Test
    void aPersonWhoOptedOutOfMailBeforeMondayGetsNoWeeklyDigest() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created stayed = accounts.create("Karin", Roles.RESIDENT);
        TestAccounts.Created left = accounts.create("Nils", Roles.RESIDENT);
        for (TestAccounts.Created who : List.of(stayed, left)) {
            RunAs.run(
                    who, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.WEEKLY));
            message(who, "weekly-opt-" + who.displayName(), "Sara");
            awaitItems(who, 1);
        }
        RunAs.run(left, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.IN_APP));

        digests.sendDue(Instant.now().plus(Duration.ofDays(7)));
        MimeMessage toStayed = Mailbox.awaitOne(smtp, stayed.email());
        assertThat(Mailbox.text(toStayed)).contains("Nytt meddelande från Sara");
        quietFor(Duration.ofSeconds(2));
        assertThat(Mailbox.messagesFor(smtp, left.email()))
                .as("opted out of mail: the bell only")
                .isEmpty();
    }
}
