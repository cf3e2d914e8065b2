package se.brobygge.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.Delivery;
import se.brobygge.notifications.NotificationItem;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** A resident hears about replies to their own dialogue posts, the way they chose; never about their own replies. */
class DialogueReplyNotificationKT extends KaribuTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    NotificationService notifications;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @Test
    void aReplyShowsInTheAppOnlyWhenThatIsChosenAndMyOwnReplyIsNotNotified() {
        TestAccounts.Created erik = signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("notifications/settings");
        NotificationSettingsView settings = _get(NotificationSettingsView.class);
        assertThat(settings.choices.get(NotificationKind.DIALOGUE_REPLY).getLabel())
                .isEqualTo("Svar på mina inlägg i medborgardialogen");
        settings.choices.get(NotificationKind.DIALOGUE_REPLY).setValue(Delivery.IN_APP);

        DialogueId id = DialogueTestData.open(
                dialogues, accounts.create("Lina", Roles.STAFF), DialogueTestData.unique("Svar till mig"), false);
        PostId mine = RunAs.as(erik, Roles.RESIDENT, () -> posts.post(id, "Fler bänkar i parken", "sv"));
        RunAs.run(erik, Roles.RESIDENT, () -> posts.reply(id, mine, "Och gärna i skuggan", "sv"));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> posts.reply(id, mine, "Håller med!", "sv"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !replies(erik).isEmpty());
        NotificationItem told = replies(erik).getFirst();
        assertThat(told.subject()).isEqualTo("Någon har svarat på ditt inlägg");
        assertThat(told.body()).contains("Amal").contains("Svar till mig");
        assertThat(told.link()).contains("/dialogues/" + id);
        assertThat(replies(erik)).as("not for my own reply").hasSize(1);
        assertThat(Mailbox.messagesFor(smtp, erik.email()))
                .as("in the app only")
                .isEmpty();
    }

    @Test
    void aReplyIsMailedAtOnceByDefault() throws MessagingException {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        DialogueId id = DialogueTestData.open(
                dialogues, accounts.create("Lina", Roles.STAFF), DialogueTestData.unique("Lekplatsen"), false);
        PostId mine = RunAs.as(sara, Roles.RESIDENT, () -> posts.post(id, "En ny gunga behövs", "sv"));
        TestAccounts.Created omar = accounts.create("Omar", Roles.RESIDENT);
        RunAs.run(omar, Roles.RESIDENT, () -> posts.reply(id, mine, "Två gungor!", "sv"));

        MimeMessage mail = Mailbox.awaitOne(smtp, sara.email());
        assertThat(mail.getSubject()).isEqualTo("Någon har svarat på ditt inlägg");
        assertThat(Mailbox.text(mail)).contains("Omar").contains("Lekplatsen");
        assertThat(Mailbox.messagesFor(smtp, omar.email())).isEmpty();
    }

    private List<NotificationItem> replies(TestAccounts.Created account) {
        return RunAs.as(account, Roles.RESIDENT, () -> notifications.recent(Locale.forLanguageTag("sv"), 20)).stream()
                .filter(n -> n.kind() == NotificationKind.DIALOGUE_REPLY)
                .toList();
    }
}
