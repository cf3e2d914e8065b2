package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;

import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** A guest signs up with name and e-mail, confirms from the mailed link, and cancels from it. */
@IntegrationTest
class GuestSignUpIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    GuestSignUpService guestSignUps;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PublishedRecorder published;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGuestConfirmsFromTheMailedLinkAndCancelsFromIt() {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventId id = as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Gästcafé", 1)));
        String email = TestAccounts.uniqueEmail("gast");
        guestSignUps.requestAsGuest(id, new GuestSignUp("Gästen Ali", email, "ar", SignUpRequest.PLAIN));
        long guest = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
        assertThat(jdbc.queryForObject(
                        "select count(*) from identity_account_role where account_id = ?", Long.class, guest))
                .as("a guest has no roles and cannot log in")
                .isZero();
        NotificationRequested mail = published.notificationsTo(guest).getLast();
        assertThat(mail.subjectKey()).isEqualTo("events.notify.guest.subject");
        assertThat(mail.kind().alwaysMailed()).isTrue();
        String secret = mail.link().substring("/events/guest/".length());
        // nothing taken yet: opening the link is not confirming it
        assertThat(guestSignUps.asGuest(secret).orElseThrow().status()).isEqualTo(SignUpStatus.UNCONFIRMED);
        assertThat(events.event(id).orElseThrow().seatsLeft()).isEqualTo(1);

        // asking again at once sends no second mail
        guestSignUps.requestAsGuest(id, new GuestSignUp("Gästen Ali", email, "ar", SignUpRequest.PLAIN));
        assertThat(published.notificationsTo(guest)).hasSize(1);

        MySignUp confirmed = guestSignUps.confirmAsGuest(secret);
        assertThat(confirmed.status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(confirmed.code()).hasSize(8);
        assertThat(events.event(id).orElseThrow().seatsLeft()).isZero();

        // someone waits; the guest cancels from the link; the seat goes on
        var erik = accounts.create("Erik", Roles.RESIDENT);
        as(erik, Roles.RESIDENT, () -> signUps.signUp(id));
        guestSignUps.cancelAsGuest(secret);
        assertThat(as(erik, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(guestSignUps.asGuest(secret).orElseThrow().status()).isEqualTo(SignUpStatus.CANCELLED);
    }

    @Test
    void badInputAndForgedLinksAreRefused() {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventId id = as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Gästkontroll", 5)));
        InvalidInputException bad = Assertions.assertThrows(
                InvalidInputException.class,
                () -> guestSignUps.requestAsGuest(
                        id, new GuestSignUp("A", "inte-en-adress", "sv", SignUpRequest.PLAIN)));
        assertThat(bad.errors())
                .extracting(InvalidInputException.FieldError::field)
                .containsExactlyInAnyOrder("guestName", "guestEmail");
        assertThat(guestSignUps.asGuest("forged-" + System.nanoTime())).isEmpty();
        assertThatThrownBy(() -> guestSignUps.confirmAsGuest("forged")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAddressWithAnAccountSignsUpThatAccountOnlyAfterTheLink() {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventId id = as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Kontocafé", 5)));
        var amal = accounts.create("Amal", Roles.RESIDENT);
        guestSignUps.requestAsGuest(
                id, new GuestSignUp("Någon annan", amal.email(), "sv", new SignUpRequest(null, List.of())));
        assertThat(as(amal, Roles.RESIDENT, () -> signUps.mine(id)))
                .as("not before the link")
                .isEmpty();
        String secret =
                published.notificationsTo(amal.id().value()).getLast().link().substring("/events/guest/".length());
        guestSignUps.confirmAsGuest(secret);
        assertThat(as(amal, Roles.RESIDENT, () -> signUps.mine(id))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(jdbc.queryForObject(
                        "select display_name from identity_account where id = ?",
                        String.class,
                        amal.id().value()))
                .as("the account keeps its own name")
                .isEqualTo("Amal");
    }
}
