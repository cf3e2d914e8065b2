package se.brobygge.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import se.brobygge.identity.Roles;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** A person whose verification mail was lost asks for a new link, on the registration and login pages. */
class ResendVerificationKT extends KaribuTest {

    static final String PASSWORD = "vinden viskar i tallarna";
    static final String TOO_MANY = "För många försök på kort tid. Vänta en stund och försök igen.";

    @LocalServerPort
    int port;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @Test
    void theRegistrationPageSendsANewWorkingLinkAndTheOldOneStops() {
        String email = TestAccounts.uniqueEmail("nadia");
        UI.getCurrent().navigate("register");
        _get(EmailField.class).setValue(email);
        _get(PasswordField.class).setValue(PASSWORD);
        _get(TextField.class).setValue("Nadia");
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));
        String first = Mailbox.token(Mailbox.awaitOne(smtp, email), "/verify-email");

        ResendVerification resend = _get(ResendVerification.class);
        assertThat(resend.email.getValue()).as("the address just typed").isEqualTo(email);
        _click(_get(Button.class, spec -> spec.withText("Skicka länken igen")));
        assertThat(resend.answer.getText()).isEqualTo(sentAnswer(email));

        List<MimeMessage> mails = Mailbox.awaitCount(smtp, email, 2);
        String second = Mailbox.token(mails.getLast(), "/verify-email");
        assertThat(second).isNotEqualTo(first);

        UI.getCurrent().navigate("verify-email", QueryParameters.simple(Map.of("token", first)));
        assertThat(_get(H1.class).getText()).as("the lost link").isEqualTo("Länken fungerar inte");
        UI.getCurrent().navigate("verify-email", QueryParameters.simple(Map.of("token", second)));
        assertThat(_get(H1.class).getText()).isEqualTo("E-postadressen är bekräftad");
        assertThat(new BrowserlessHttp(port).login(email, PASSWORD)).endsWith("/");
    }

    @Test
    void theLoginPageAnswersTheSameForUnknownAndVerifiedAddressesAndMailsOnlyTheUnconfirmed() {
        String unverified = accounts.createUnconfirmed("Omar").email();
        String unknown = TestAccounts.uniqueEmail("nobody");
        String verified = accounts.create("Vera", Roles.RESIDENT).email();

        for (String address : List.of(unknown, verified, unverified)) {
            openLoginAfterUnverifiedSignIn();
            ResendVerification resend = _get(ResendVerification.class);
            resend.email.setValue(address);
            _click(resend.send);
            assertThat(resend.email.isInvalid()).isFalse();
            assertThat(resend.answer.getText()).isEqualTo(sentAnswer(address));
        }

        MimeMessage mail = Mailbox.awaitOne(smtp, unverified);
        assertThat(Mailbox.token(mail, "/verify-email")).isNotBlank();
        // queued in order: once the last one is delivered, earlier ones would have been too
        assertThat(Mailbox.messagesFor(smtp, unknown)).isEmpty();
        assertThat(Mailbox.messagesFor(smtp, verified)).isEmpty();
    }

    @Test
    void theLoginPageOffersNothingAfterAWrongPassword() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
        assertThat(_find(ResendVerification.class)).isEmpty();
    }

    @Test
    void theFourthRequestWithinAnHourIsRefusedAndSendsNothing() {
        String email = accounts.createUnconfirmed("Hanna").email();
        openLoginAfterUnverifiedSignIn();
        ResendVerification resend = _get(ResendVerification.class);
        resend.email.setValue(email);
        for (int i = 0; i < 3; i++) {
            _click(resend.send);
            assertThat(resend.email.isInvalid()).isFalse();
        }
        _click(resend.send);
        assertThat(resend.email.isInvalid()).isTrue();
        assertThat(resend.email.getErrorMessage()).isEqualTo(TOO_MANY);
        assertThat(resend.answer.isVisible()).isFalse();

        // an address nobody has counts the same, so the refusal tells nothing either
        resend.email.setValue(TestAccounts.uniqueEmail("nobody"));
        for (int i = 0; i < 3; i++) {
            _click(resend.send);
        }
        _click(resend.send);
        assertThat(resend.email.getErrorMessage()).isEqualTo(TOO_MANY);

        assertThat(Mailbox.awaitCount(smtp, email, 3)).hasSize(3);
    }

    /** The login page as it comes back after the right password of an account not yet confirmed. */
    private static void openLoginAfterUnverifiedSignIn() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new DisabledException("not verified"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));
    }

    private static String sentAnswer(String email) {
        return "Om " + email + " hör till ett konto som inte är bekräftat än har vi skickat en ny länk."
                + " Den gamla länken fungerar inte längre.";
    }
}
