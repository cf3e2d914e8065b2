package se.brobygge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.internal.DigestJob;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** Every module's notification requests become in-app notifications and mails as each person chose. */
@IntegrationTest
class NotificationsIT {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationService notifications;

    @Autowired
    UnsubscribeService unsubscribe;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DigestJob digests;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    BrobyggeProperties properties;

    @Autowired
    MailOutboxService outbox;

    @LocalServerPort
    int port;

    private void request(TestAccounts.Created to, NotificationKind kind, String key, String sender) {
        transactions.executeWithoutResult(s -> publisher.publishEvent(new NotificationRequested(
                to.id().value(),
                kind,
                key,
                "messaging.notify.subject",
                "messaging.notify.body",
                List.of(sender),
                null,
                "/messages/1")));
    }

    private List<NotificationItem> itemsOf(TestAccounts.Created who) {
        return RunAs.as(who, Roles.RESIDENT, () -> notifications.recent(Locale.forLanguageTag("sv"), 50));
    }

    private void awaitItems(TestAccounts.Created who, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsOf(who).size() >= count);
    }

    @Test
    void aRequestBecomesOneInAppNotificationAndOneMailEvenWhenDeliveredTwice() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        request(erik, NotificationKind.MESSAGE, "test-twice", "Sara");
        request(erik, NotificationKind.MESSAGE, "test-twice", "Sara");
        awaitItems(erik, 1);

        MimeMessage mail = Mailbox.awaitOne(smtp, erik.email());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(itemsOf(erik)).hasSize(1);
        assertThat(itemsOf(erik).getFirst().subject()).isEqualTo("Nytt meddelande från Sara");
        assertThat(itemsOf(erik).getFirst().read()).isFalse();
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> notifications.unreadCount()))
                .isEqualTo(1);
        assertThat(Mailbox.messagesFor(smtp, erik.email())).hasSize(1);
        assertThat(Mailbox.text(mail))
                .contains("Sara har skickat ett meddelande till dig")
                .contains("/messages/1")
                .contains("/unsubscribe?token=");
        assertThat(Mailbox.html(mail)).contains("lang=\"sv\"").contains("dir=\"ltr\"");
    }

    @Test
    void mailsCarryTheSenderFromConfigurationAndAOneClickUnsubscribeThatWorksWithoutLogin() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        request(erik, NotificationKind.MESSAGE, "test-headers", "Sara");
        MimeMessage mail = Mailbox.awaitOne(smtp, erik.email());

        assertThat(mail.getFrom()[0].toString())
                .contains(new InternetAddress(properties.mail().from()).getAddress());
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String header = mail.getHeader("List-Unsubscribe")[0];
        Matcher m = Pattern.compile("<(.*)/mail/unsubscribe\\?token=([^>]+)>").matcher(header);
        assertThat(m.matches()).as(header).isTrue();
        String token = m.group(2);

        // a forged token (another account, same signature) is refused and changes nothing
        String forged = (erik.id().value() + 1) + token.substring(token.indexOf('.'));
        assertThat(post(forged)).isEqualTo(400);
        assertThat(post(token.substring(0, token.length() - 2) + "xx")).isEqualTo(400);
        assertThat(preferenceOf(erik, NotificationKind.MESSAGE)).isEqualTo(Delivery.MAIL_NOW);

        // the mail program's one-click POST, without session or CSRF token
        assertThat(post(token)).isEqualTo(200);
        assertThat(preferenceOf(erik, NotificationKind.MESSAGE)).isEqualTo(Delivery.IN_APP);
        assertThat(preferenceOf(erik, NotificationKind.EVENT_REMINDER)).isEqualTo(Delivery.MAIL_NOW);

        // the next message shows in the app but sends no mail
        request(erik, NotificationKind.MESSAGE, "test-headers-2", "Sara");
        awaitItems(erik, 2);
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, erik.email())).hasSize(1);
    }

    @Test
    void duringAnSmtpOutageANotificationMailWaitsAndGoesOutWhenTheServerIsBack() throws Exception {
        TestSmtp.stop();
        try {
            TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
            request(erik, NotificationKind.MESSAGE, "test-outage", "Sara");
            TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> RunAs.as(staff, Roles.STAFF, () -> outbox.summary()).needingAttention().stream()
                            .anyMatch(e -> e.recipient().equals(erik.email())
                                    && e.attempts() >= 1
                                    && e.status() == MailStatus.PENDING));
            GreenMail smtp = TestSmtp.start();
            assertThat(Mailbox.awaitOne(smtp, erik.email()).getSubject()).isEqualTo("Nytt meddelande från Sara");
        } finally {
            TestSmtp.start();
        }
    }

    @Test
    void aForgedTokenIsRefusedByTheService() {
        assertThatThrownBy(() -> unsubscribe.unsubscribe("1.MESSAGE." + "A".repeat(43)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> unsubscribe.kindsOf("nonsense")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mailInArabicIsRightToLeftWithAPlainTextPart() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> accountService.changeMyLanguage(Language.ARABIC));
        request(amal, NotificationKind.MESSAGE, "test-arabic", "Sara");
        MimeMessage mail = Mailbox.awaitOne(smtp, amal.email());
        assertThat(Mailbox.html(mail))
                .contains("lang=\"ar\"")
                .contains("dir=\"rtl\"")
                .contains("رسالة جديدة من \u2068Sara\u2069");
        assertThat(Mailbox.text(mail))
                .contains("رسالة جديدة لك من \u2068Sara\u2069")
                .doesNotContain("<p>");
    }

    @Test
    void inAppOnlySendsNoMailButAlwaysMailedKindsIgnoreThePreference() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.IN_APP));
        assertThatThrownBy(() -> RunAs.run(
                        erik,
                        Roles.RESIDENT,
                        () -> notifications.setPreference(NotificationKind.ACCOUNT_SECURITY, Delivery.IN_APP)))
                .isInstanceOf(InvalidInputException.class);

        request(erik, NotificationKind.MESSAGE, "test-in-app", "Sara");
        request(erik, NotificationKind.SIGN_UP_CONFIRMATION, "test-always", "Sara");
        awaitItems(erik, 2);
        MimeMessage only = Mailbox.awaitOne(smtp, erik.email());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, erik.email())).hasSize(1);
        assertThat(only.getHeader("List-Unsubscribe"))
                .as("always-mailed kinds offer no unsubscribe")
                .isNull();
    }

    @Test
    void dailyDigestCollectsNotificationsIntoOneMailInTheMorning() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.DAILY));
        request(erik, NotificationKind.MESSAGE, "test-digest-1", "Sara");
        request(erik, NotificationKind.MESSAGE, "test-digest-2", "Johan");
        awaitItems(erik, 2);

        digests.sendDue(Instant.now());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, erik.email()))
                .as("not before the next morning")
                .isEmpty();

        digests.sendDue(Instant.now().plus(Duration.ofDays(1)));
        MimeMessage digest = Mailbox.awaitOne(smtp, erik.email());
        assertThat(digest.getSubject()).isEqualTo("Din dagliga sammanfattning från Brobygge: 2 nya");
        assertThat(Mailbox.text(digest)).contains("Nytt meddelande från Sara").contains("Nytt meddelande från Johan");
        assertThat(digest.getHeader("List-Unsubscribe")).isNotNull();

        digests.sendDue(Instant.now().plus(Duration.ofDays(2)));
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, erik.email())).as("each item once").hasSize(1);
    }

    @Test
    void aWaitlistPromotionFollowsThePreferenceAndASignUpConfirmationIsAlwaysMailed() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Promotion test", 1)));
        TestAccounts.Created first = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created waiting = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(
                waiting,
                Roles.RESIDENT,
                () -> notifications.setPreference(NotificationKind.WAITLIST_PROMOTION, Delivery.IN_APP));
        RunAs.run(first, Roles.RESIDENT, () -> signUps.signUp(event));
        assertThat(RunAs.as(waiting, Roles.RESIDENT, () -> signUps.signUp(event))
                        .status())
                .isEqualTo(SignUpStatus.WAITING);
        // the waitlist receipt is mailed although sign-up mails cannot be chosen away
        Mailbox.awaitOne(smtp, waiting.email());

        RunAs.run(first, Roles.RESIDENT, () -> signUps.cancel(event));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> itemsOf(waiting).stream().anyMatch(i -> i.kind() == NotificationKind.WAITLIST_PROMOTION));
        NotificationItem promoted = itemsOf(waiting).stream()
                .filter(i -> i.kind() == NotificationKind.WAITLIST_PROMOTION)
                .findFirst()
                .orElseThrow();
        assertThat(promoted.subject()).isEqualTo("Du har fått en plats: Promotion test");
        assertThat(promoted.link()).isEqualTo("/events/" + event.value());
        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertThat(Mailbox.messagesFor(smtp, waiting.email()))
                .as("promotion: in-app only, as chosen")
                .hasSize(1);
    }

    @Test
    void nobodyCanMarkSomeoneElsesNotificationRead() {
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created other = accounts.create("Johan", Roles.RESIDENT);
        request(erik, NotificationKind.MESSAGE, "test-owner", "Sara");
        awaitItems(erik, 1);
        long id = itemsOf(erik).getFirst().id();
        assertThatThrownBy(() -> RunAs.run(other, Roles.RESIDENT, () -> notifications.markRead(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(itemsOf(erik).getFirst().read()).isFalse();
        RunAs.run(erik, Roles.RESIDENT, () -> notifications.markRead(id));
        assertThat(itemsOf(erik).getFirst().read()).isTrue();
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> notifications.unreadCount()))
                .isZero();
    }

    private Delivery preferenceOf(TestAccounts.Created who, NotificationKind kind) {
        return RunAs.as(who, Roles.RESIDENT, () -> notifications.preferences().get(kind));
    }

    private int post(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/mail/unsubscribe?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
