package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** The organiser writes to everyone signed up at once; blocks hold, staff see it in the log. */
class MessageAttendeesKT extends KaribuTest {

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    AttendeeMessageService messages;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theOrganiserMessagesEveryoneSignedUpExceptWhoBlockedHerAndStaffSeeItLogged() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Syjunta", 2)));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        for (TestAccounts.Created person : List.of(amal, sara, erik)) {
            RunAs.as(person, Roles.RESIDENT, () -> signUps.signUp(event));
        }
        // Sara has blocked Lina in a conversation
        jdbc.update(
                "insert into messaging_conversation (account_a, account_b, created_at, blocked_by, blocked_at)"
                        + " values (?, ?, ?, ?, ?)",
                Math.min(lina.id().value(), sara.id().value()),
                Math.max(lina.id().value(), sara.id().value()),
                LocalDateTime.now(),
                sara.id().value(),
                LocalDateTime.now());

        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("events/" + event.value());
        _click(_get(Button.class, spec -> spec.withText("Skicka meddelande till alla")));
        RadioButtonGroup<MessageAudience> audience = _get(RadioButtonGroup.class, spec -> spec.withLabel("Till"));
        assertThat(audience.getItemLabelGenerator().apply(MessageAudience.ATTENDEES))
                .isEqualTo("Alla anmälda (2)");
        assertThat(audience.getItemLabelGenerator().apply(MessageAudience.WAITLISTED))
                .isEqualTo("Alla på väntelistan (1)");
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        TextField subject = _get(TextField.class, spec -> spec.withLabel("Ämne"));
        assertThat(subject.isInvalid()).as("a subject is needed").isTrue();
        assertThat(subject.getErrorMessage()).isEqualTo("Skriv ett ämne på högst 150 tecken.");
        subject.setValue("Ny lokal");
        _get(TextArea.class, spec -> spec.withLabel("Meddelande")).setValue("Vi ses i rum 3 i stället.");
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(_find(Dialog.class)).as("the dialog closes once sent").isEmpty();

        var mail = Mailbox.awaitCount(smtp, amal.email(), 2).stream()
                .filter(m -> Mailbox.text(m).contains("Vi ses i rum 3"))
                .findFirst()
                .orElseThrow();
        assertThat(Mailbox.text(mail)).contains("Syjunta");
        assertThat(Mailbox.messagesFor(smtp, sara.email()))
                .as("who blocked the organiser gets nothing")
                .noneMatch(m -> Mailbox.text(m).contains("Vi ses i rum 3"));
        assertThat(Mailbox.messagesFor(smtp, erik.email()))
                .as("the waitlist was not chosen")
                .noneMatch(m -> Mailbox.text(m).contains("Vi ses i rum 3"));
        assertThat(jdbc.queryForList(
                        "select reason from moderation_log where action = 'BROADCAST' and target = ?",
                        String.class,
                        "events:attendee-message:" + event.value()))
                .containsExactly("1 · Ny lokal · Vi ses i rum 3 i stället.");
        assertThatThrownBy(() -> RunAs.as(
                        erik, Roles.RESIDENT, () -> messages.send(event, MessageAudience.ATTENDEES, "Hej", "Hej alla")))
                .as("only the organiser or staff")
                .isInstanceOf(AccessDeniedException.class);
    }
}
