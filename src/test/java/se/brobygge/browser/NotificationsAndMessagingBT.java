package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.MessagingService;
import se.brobygge.notifications.NotificationService;
import se.brobygge.notifications.internal.UnsubscribeTokens;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** The bell, the notification list and private conversations in a real browser, with axe. */
class NotificationsAndMessagingBT extends BrowserTest {

    @Autowired
    EventService events;
    @Autowired
    SignUpService signUps;
    @Autowired
    NotificationService notifications;
    @Autowired
    MessagingService messaging;
    @Autowired
    UnsubscribeTokens tokens;
    @Autowired
    se.brobygge.identity.AccountService accountService;

    private String bellLabel(Page page) {
        return page.locator("vaadin-button.notification-bell").getAttribute("aria-label");
    }

    private long unread(TestAccounts.Created who) {
        return RunAs.as(who, Roles.RESIDENT, () -> notifications.unreadCount());
    }

    @Test
    void aWaitlistedResidentIsPromotedSeesTheBellCountRiseAndGetsTheMail() {
        GreenMail smtp = TestSmtp.start();
        String title = "Kvällsfika " + System.nanoTime();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> events.create(TestEvents.draft(title, 1)));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));

        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created amal = signIn(page, "Amal", Roles.RESIDENT);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event)).status()).isEqualTo(SignUpStatus.WAITING);
        await().atMost(Duration.ofSeconds(20)).until(() -> unread(amal) == 1); // the waitlist receipt
        open(page, "my-events");
        assertThat(bellLabel(page)).isEqualTo("Aviseringar, 1 olästa");
        assertThat(page.locator("vaadin-button.notification-bell .notification-count").textContent()).isEqualTo("1");

        RunAs.run(erik, Roles.RESIDENT, () -> signUps.cancel(event)); // Amal gets the seat
        var mail = Mailbox.awaitCount(smtp, amal.email(), 2).stream()
                .filter(m -> subject(m).startsWith("Du har fått en plats")).findFirst().orElseThrow();
        assertThat(Mailbox.text(mail)).contains(title);
        await().atMost(Duration.ofSeconds(20)).until(() -> unread(amal) == 2);

        open(page, "my-events");
        assertThat(bellLabel(page)).isEqualTo("Aviseringar, 2 olästa");
        page.locator("vaadin-button.notification-bell").click();
        page.waitForURL(url("notifications"));
        waitUntilIdle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Du har fått en plats: " + title
                + " Ny")).isVisible()).isTrue();
        assertNoAxeViolations(page, "/notifications (sv)");
        page.getByText("Markera alla som lästa").click();
        page.getByText("Alla aviseringar är markerade som lästa.").waitFor();
        open(page, "notifications/settings");
        assertNoAxeViolations(page, "/notifications/settings (sv)");
    }

    @Test
    void anOrganiserAndASignedUpResidentExchangeMessagesAndOneBlocksTheOther() {
        String title = "Språkcafé " + System.nanoTime();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> events.create(TestEvents.draft(title, 10)));

        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created erik = signIn(page, "Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));
        open(page, "messages");
        assertNoAxeViolations(page, "/messages (sv)");
        page.getByText("Skriv till Lina").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samtal med Lina")).waitFor();
        waitUntilIdle(page);
        // Erik writes (through the service: in the test run's development bundle <vaadin-text-area> is
        // not upgraded, so the browser cannot type into it; the Karibu test MessagingKT covers the form)
        long id = RunAs.as(lina, Roles.STAFF, () -> messaging.conversations()).getFirst().id();
        RunAs.run(erik, Roles.RESIDENT, () -> messaging.send(id, "Hej Lina! Finns det hiss?"));
        open(page, "messages/" + id);
        assertThat(page.locator(".message-text").allTextContents()).containsExactly("Hej Lina! Finns det hiss?");

        // Lina reads it and answers
        RunAs.run(lina, Roles.STAFF, () -> messaging.open(id));
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(id, "Ja, vid entrén."));
        open(page, "messages/" + id);
        assertThat(page.locator(".message-text").allTextContents())
                .containsExactly("Hej Lina! Finns det hiss?", "Ja, vid entrén.");
        assertThat(page.locator("li.message.mine .message-meta").textContent()).startsWith("Läst");
        assertNoAxeViolations(page, "/messages/id (sv)");

        page.locator("vaadin-button.block-button").click();
        page.locator("vaadin-button.confirm-block").click();
        page.getByText("Du har blockerat den här personen. Samtalet är stängt.").waitFor();
        assertThat(page.locator("vaadin-button.send-button").isVisible()).isFalse();
        assertNoAxeViolations(page, "/messages/id blocked (sv)");
        assertThat(RunAs.as(lina, Roles.STAFF, () -> messaging.open(id)).open()).isFalse();
    }

    static Stream<Language> otherLanguages() {
        return Stream.of(Language.ENGLISH, Language.ARABIC);
    }

    @ParameterizedTest(name = "routes in {0}")
    @MethodSource("otherLanguages")
    void routesHaveNoAxeViolationsInEnglishAndArabic(Language language) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> events.create(TestEvents.draft("Axe " + System.nanoTime(), 10)));
        Page page = newPage(language);
        TestAccounts.Created erik = signIn(page, "Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));
        RunAs.run(erik, Roles.RESIDENT, () -> accountService.changeMyLanguage(language)); // pages follow the account
        long id = RunAs.as(erik, Roles.RESIDENT, () -> messaging.startWith(lina.id().value()));
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(id, "مرحبا! Welcome."));
        await().atMost(Duration.ofSeconds(20)).until(() -> unread(erik) >= 1);
        for (String route : new String[] {"notifications", "notifications/settings", "messages", "messages/" + id,
                "unsubscribe?token=" + tokens.token(erik.id().value(), NotificationKind.MESSAGE)}) {
            open(page, route);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
            if (language.rightToLeft()) {
                assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            }
            assertNoAxeViolations(page, "/" + route.replaceAll("\\?.*", "") + " (" + language.code() + ")");
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
