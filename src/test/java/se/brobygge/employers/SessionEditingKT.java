package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** Staff change or cancel a coming employer session; the people registered hear about it by mail. */
class SessionEditingKT extends KaribuTest {

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    PlaceService places;

    private SessionId session(TestAccounts.Created staff, String theme) {
        long place = EmployerTestData.place(staff, places);
        return RunAs.as(
                        staff,
                        Roles.STAFF,
                        () -> sessions.create(
                                EmployerTestData.session(theme, place, 4, EmployerTestData.quotas(1, 1, 0, 0, 0))))
                .getFirst();
    }

    private TestAccounts.Created registered(SessionId id, String name) {
        TestAccounts.Created person = accounts.create(name, Roles.RESIDENT);
        RunAs.run(person, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.NEWCOMER, null));
        return person;
    }

    /** The mail with this subject, once it has arrived. */
    private static MimeMessage awaitSubject(GreenMail smtp, String to, String subject) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> withSubject(smtp, to, subject) != null);
        return Objects.requireNonNull(withSubject(smtp, to, subject));
    }

    private static @Nullable MimeMessage withSubject(GreenMail smtp, String to, String subject) throws Exception {
        for (MimeMessage m : Mailbox.messagesFor(smtp, to)) {
            if (subject.equals(m.getSubject())) {
                return m;
            }
        }
        return null;
    }

    private static void quietFor(Duration duration) {
        await().pollDelay(duration).atMost(duration.plusSeconds(2)).until(() -> true);
    }

    @Test
    void staffMoveASessionAndTheRegisteredAreToldButATextChangeSendsNothing() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        SessionId id = session(lina, "Upprop om vården");
        TestAccounts.Created amal = registered(id, "Amal");
        Mailbox.awaitOne(smtp, amal.email()); // her registration receipt
        quietFor(Duration.ofSeconds(2));
        int before = Mailbox.messagesFor(smtp, amal.email()).size();

        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("staff/employer-sessions/" + id + "/edit");
        assertThat(_get(H1.class).getText()).isEqualTo("Ändra träffen");
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning")).setValue("Nu med fika.");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo("Upprop om vården");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Nu med fika.");
        quietFor(Duration.ofSeconds(2));
        assertThat(Mailbox.messagesFor(smtp, amal.email()))
                .as("a new text alone is no news worth a mail")
                .hasSize(before);

        UI.getCurrent().navigate("staff/employer-sessions/" + id + "/edit");
        DateTimePicker starts = _get(DateTimePicker.class, spec -> spec.withLabel("Börjar"));
        DateTimePicker ends = _get(DateTimePicker.class, spec -> spec.withLabel("Slutar"));
        ends.setValue(ends.getValue().plusDays(1));
        starts.setValue(starts.getValue().plusDays(1));
        _get(TextField.class, spec -> spec.withLabel("Tema")).setValue("Upprop om vården, ny dag");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo("Upprop om vården, ny dag");

        MimeMessage moved = awaitSubject(smtp, amal.email(), "Upprop om vården, ny dag har ändrats");
        assertThat(Mailbox.text(moved)).contains("har fått ny tid eller plats");
    }

    @Test
    void staffCancelASessionEveryoneRegisteredOrWaitingIsToldAndItShowsAsCancelled() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        SessionId id = session(lina, "Upprop i hamnen");
        TestAccounts.Created amal = registered(id, "Amal");
        TestAccounts.Created omar = registered(id, "Omar"); // the one newcomer seat is taken: he waits
        Mailbox.awaitOne(smtp, amal.email());
        Mailbox.awaitOne(smtp, omar.email());

        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("employer-sessions/" + id);
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Varför ställs träffen in?"));
        _click(_get(Button.class, spec -> spec.withText("Ställ in träffen")));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv en kort förklaring (högst 500 tecken).");

        reason.setValue("Lokalen är vattenskadad.");
        _click(_get(Button.class, spec -> spec.withText("Ställ in träffen")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Träffen är inställd.", "Lokalen är vattenskadad.");
        assertThat(_find(Button.class, spec -> spec.withText("Ställ in träffen")))
                .isEmpty();

        for (TestAccounts.Created person : new TestAccounts.Created[] {amal, omar}) {
            MimeMessage cancelled = awaitSubject(smtp, person.email(), "Inställt: Upprop i hamnen");
            assertThat(Mailbox.text(cancelled)).contains("Lokalen är vattenskadad.");
        }

        signInAs(amal, Roles.RESIDENT);
        UI.getCurrent().navigate("employer-sessions/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("registration-status"))
                        .getText())
                .isEqualTo("Träffen är inställd.");
        assertThat(_find(Button.class, spec -> spec.withText("Anmäl mig"))).isEmpty();
    }
}
