package se.brobygge.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** Staff change an open dialogue's text and end date; its followers hear when the end moves. */
class DialogueEditingKT extends KaribuTest {

    @Autowired
    DialogueService dialogues;

    private static void quietFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(2)).until(() -> true);
    }

    @Test
    void staffChangeTheTextQuietlyAndMovingTheEndTellsTheFollowers() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        String title = DialogueTestData.unique("Parken");
        DialogueId id = DialogueTestData.open(dialogues, lina, title, false);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> dialogues.follow(id, true));

        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("dialogues/" + id);
        UI.getCurrent()
                .navigate(_get(Anchor.class, spec -> spec.withText("Ändra dialogen"))
                        .getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Ändra dialogen");
        TextArea background = _get(TextArea.class, spec -> spec.withLabel("Bakgrund"));
        assertThat(background.getValue()).isEqualTo("Hur vill **du** använda biblioteket?");
        background.setValue("Hur vill du använda parken i sommar?");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        assertThat(dialogues.find(id).orElseThrow().background()).isEqualTo("Hur vill du använda parken i sommar?");
        quietFor(Duration.ofSeconds(2));
        assertThat(Mailbox.messagesFor(smtp, erik.email()))
                .as("a new text alone sends nothing")
                .isEmpty();

        UI.getCurrent().navigate("staff/dialogues/" + id + "/edit");
        DateTimePicker closes = _get(DateTimePicker.class, spec -> spec.withLabel("Stänger"));
        closes.setValue(LocalDateTime.now().minusHours(1).withNano(0));
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(closes.isInvalid()).as("an end in the past is refused").isTrue();
        assertThat(closes.getErrorMessage()).isEqualTo("Välj ett slutdatum som inte har passerat.");

        LocalDateTime later = LocalDateTime.now()
                .plusDays(30)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        closes.setValue(later);
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        Dialogue changed = dialogues.find(id).orElseThrow();
        assertThat(changed.closesAt()).isAfter(Instant.now().plus(Duration.ofDays(29)));

        MimeMessage told = Mailbox.awaitOne(smtp, erik.email());
        assertThat(told.getSubject()).isEqualTo("Dialogen \"" + title + "\" har fått ett nytt slutdatum");
        assertThat(Mailbox.text(told)).contains("som du följer är nu öppen till");
        assertThat(Mailbox.messagesFor(smtp, lina.email())).as("only followers").isEmpty();
    }

    @Test
    void aClosedDialogueCannotBeChanged() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Stängd"), false);
        RunAs.run(lina, Roles.STAFF, () -> dialogues.close(id));
        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("staff/dialogues/" + id + "/edit");
        assertThat(_get(H1.class).getText()).as("back to the list").isNotEqualTo("Ändra dialogen");
    }
}
