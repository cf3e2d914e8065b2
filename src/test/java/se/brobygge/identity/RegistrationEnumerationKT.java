package se.brobygge.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * The registration page tells nobody whether an address has an account: it answers the same for a
 * new address and for one that is taken, and the owner of a taken address gets a mail instead.
 * (Login messages for unconfirmed accounts: LoginMessagesBT.)
 */
class RegistrationEnumerationKT extends KaribuTest {

    static final String PASSWORD = "solen skiner över hamnen";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @Test
    void aTakenAddressGetsTheSameAnswerAsANewOneAndItsOwnerAMail() {
        String fresh = TestAccounts.uniqueEmail("ny");
        List<String> newAnswer = register(fresh);
        assertThat(Mailbox.awaitOne(smtp, fresh))
                .as("a new address gets the verification mail")
                .isNotNull();

        TestAccounts.Created owner = accounts.createIn("en", "Fatima", Roles.RESIDENT);
        List<String> takenAnswer = register(owner.email().toUpperCase());
        assertThat(takenAnswer)
                .as("the page answers exactly as for a new address")
                .isEqualTo(newAnswer.stream()
                        .map(text -> text.replace(fresh, owner.email().toUpperCase()))
                        .toList());

        MimeMessage notice = Mailbox.awaitOne(smtp, owner.email());
        assertThat(subject(notice))
                .as("in the owner's language")
                .isEqualTo("Someone tried to create an account with your address on Brobygge");
        assertThat(Mailbox.text(notice))
                .contains("Hello Fatima,")
                .contains("You already have an account")
                .contains("http://localhost:8080/login")
                .contains("http://localhost:8080/forgot-password")
                .doesNotContain("token=");
        BrowserlessHttp browser = new BrowserlessHttp(port);
        assertThat(browser.login(owner.email(), TestAccounts.PASSWORD))
                .as("the account is unchanged")
                .isEqualTo(browser.base() + "/");
        assertThat(browser.login(owner.email(), PASSWORD)).endsWith("/login?error");
    }

    /** Registers through the page; returns what the page then says, or the field errors. */
    private List<String> register(String email) {
        UI.getCurrent().navigate("login"); // a fresh registration page, not the previous answer
        UI.getCurrent().navigate("register");
        _get(EmailField.class).setValue(email);
        _get(PasswordField.class).setValue(PASSWORD);
        _get(TextField.class).setValue("Noor");
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));
        List<String> errors = LocatorJ._find(Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> ((HasValidation) c).getErrorMessage())
                .toList();
        assertThat(errors).as("no field says anything about the address").isEmpty();
        return List.of(
                _get(H1.class).getText(),
                _get(Paragraph.class, spec -> spec.withAttribute("role", "status"))
                        .getText());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
