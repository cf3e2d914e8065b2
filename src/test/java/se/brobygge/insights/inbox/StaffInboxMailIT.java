package se.brobygge.insights.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.insights.StaffInboxService;
import se.brobygge.insights.easyread.BarrierReportService;
import se.brobygge.notifications.Delivery;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** The morning note about the staff inbox reaches the staff who chose it, and nobody else. */
@IntegrationTest
class StaffInboxMailIT {

    @Autowired
    StaffInboxMail mail;

    @Autowired
    StaffInboxService inbox;

    @Autowired
    NotificationService notifications;

    @Autowired
    BarrierReportService barriers;

    @Autowired
    TestAccounts accounts;

    private static void quietFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(2)).until(() -> true);
    }

    @Test
    void onlyStaffWhoChoseItGetTheMailOnceADayWithTheCount() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created sara = accounts.create("Sara", Roles.STAFF);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        assertThat(RunAs.as(sara, Roles.STAFF, () -> notifications.preferences()))
                .as("off until chosen")
                .containsEntry(NotificationKind.STAFF_INBOX, Delivery.IN_APP);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> notifications.preferences()))
                .as("not offered to residents")
                .doesNotContainKey(NotificationKind.STAFF_INBOX);
        assertThatThrownBy(() -> RunAs.run(
                        amal,
                        Roles.RESIDENT,
                        () -> notifications.setPreference(NotificationKind.STAFF_INBOX, Delivery.MAIL_NOW)))
                .isInstanceOf(AccessDeniedException.class);
        RunAs.run(
                lina, Roles.STAFF, () -> notifications.setPreference(NotificationKind.STAFF_INBOX, Delivery.MAIL_NOW));

        barriers.report("Länken till kartan saknar text.", "/places", null, Language.SWEDISH);
        long waiting = RunAs.as(lina, Roles.STAFF, () -> inbox.total());
        assertThat(waiting).isPositive();

        assertThat(mail.send(Instant.now())).isPositive();
        MimeMessage note = Mailbox.awaitOne(smtp, lina.email());
        assertThat(note.getSubject()).isEqualTo("Det väntar " + waiting + " saker på personalen i Brobygge");
        assertThat(Mailbox.text(note))
                .contains("Öppna inkorgen för att se varje kö")
                .contains("/staff/inbox");

        mail.send(Instant.now());
        quietFor(Duration.ofSeconds(2));
        assertThat(Mailbox.messagesFor(smtp, lina.email())).as("once a day").hasSize(1);
        assertThat(Mailbox.messagesFor(smtp, sara.email()))
                .as("did not choose it")
                .isEmpty();
        assertThat(Mailbox.messagesFor(smtp, amal.email())).isEmpty();
    }
}
