package se.brobygge.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.MutableClock;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * A resident's whole way in: register on the page, get the mail, verify, sign in through the real
 * login form; forget the password and reset it with a link that works once and expires.
 */
class LocalAccountFlowKT extends KaribuTest {

    static final String PASSWORD = "solen skiner över hamnen";

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MutableClock clock;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void registerVerifyAndSignIn() {
        String email = TestAccounts.uniqueEmail("amal");
        register(email, "Amal", Language.SWEDISH);
        assertThat(_get(H1.class).getText()).isEqualTo("Titta i din e-post");

        MimeMessage mail = Mailbox.awaitOne(smtp, email);
        assertThat(subject(mail)).isEqualTo("Bekräfta din e-postadress för Brobygge");
        assertThat(Mailbox.text(mail)).contains("Hej Amal!").contains("http://localhost:8080/verify-email?token=");
        assertThat(Mailbox.html(mail)).contains("lang=\"sv\"").contains("dir=\"ltr\"");

        BrowserlessHttp browser = new BrowserlessHttp(port);
        assertThat(browser.login(email, PASSWORD))
                .as("unverified accounts cannot sign in")
                .endsWith("/login?error");

        UI.getCurrent()
                .navigate(
                        "verify-email", QueryParameters.simple(Map.of("token", Mailbox.token(mail, "/verify-email"))));
        assertThat(_get(H1.class).getText()).isEqualTo("E-postadressen är bekräftad");

        String sessionBefore = browser.sessionId();
        assertThat(browser.login(email, PASSWORD)).isEqualTo(browser.base() + "/");
        assertThat(browser.sessionId()).as("session id rotated at login").isNotEqualTo(sessionBefore);

        // the link works once
        UI.getCurrent()
                .navigate(
                        "verify-email", QueryParameters.simple(Map.of("token", Mailbox.token(mail, "/verify-email"))));
        assertThat(_get(H1.class).getText()).isEqualTo("Länken fungerar inte");
    }

    @Test
    void verificationMailIsInTheLanguageChosenAtRegistration() {
        String email = TestAccounts.uniqueEmail("fatima");
        register(email, "Fatima", Language.ARABIC);
        MimeMessage mail = Mailbox.awaitOne(smtp, email);
        assertThat(subject(mail))
                .isEqualTo(UI.getCurrent().getTranslation(Language.ARABIC.locale(), "mail.verify.subject"))
                .isNotEqualTo("Bekräfta din e-postadress för Brobygge");
        assertThat(Mailbox.html(mail)).contains("lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(Mailbox.text(mail)).contains("Fatima");
    }

    @Test
    void sixthFailedAttemptWithinAMinuteIsRefusedEvenWithTheRightPassword() {
        TestAccounts.Created account = accounts.create("Erik", Roles.RESIDENT);
        BrowserlessHttp browser = new BrowserlessHttp(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.login(account.email(), "fel lösenord " + attempt))
                    .endsWith("/login?error");
        }
        assertThat(browser.login(account.email(), TestAccounts.PASSWORD))
                .as("6th attempt refused")
                .endsWith("/login?error");
        // another account is not affected
        TestAccounts.Created other = accounts.create("Other", Roles.RESIDENT);
        assertThat(new BrowserlessHttp(port).login(other.email(), TestAccounts.PASSWORD))
                .isEqualTo(browser.base() + "/");
    }

    @Test
    void resetLinkWorksOnceAndExpires() {
        TestAccounts.Created account = accounts.create("Sara", Roles.RESIDENT);
        UI.getCurrent().navigate("forgot-password");
        _get(EmailField.class).setValue(account.email());
        _click(_get(Button.class, spec -> spec.withText("Skicka länk")));
        assertThat(
                        _get(
                                Paragraph.class,
                                spec -> spec.withText(
                                        "Om det finns ett konto med den adressen har vi skickat en länk. Den gäller i en timme.")))
                .isNotNull();

        MimeMessage mail = Mailbox.awaitOne(smtp, account.email());
        assertThat(subject(mail)).isEqualTo("Byt lösenord på Brobygge");
        String token = Mailbox.token(mail, "/reset-password");

        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));
        var fields = LocatorJ._find(PasswordField.class);
        fields.get(0).setValue("kort");
        fields.get(1).setValue("kort");
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Lösenordet behöver minst 10 tecken.");

        String newPassword = "ett nytt och längre lösenord";
        fields.get(0).setValue(newPassword);
        fields.get(1).setValue(newPassword);
        _click(_get(Button.class, spec -> spec.withText("Spara lösenordet")));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Ditt lösenord är bytt. Nu kan du logga in.")))
                .isNotNull();
        assertThat(new BrowserlessHttp(port).login(account.email(), newPassword))
                .endsWith("/");
        assertThat(new BrowserlessHttp(port).login(account.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");

        // used once: the same link no longer works
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", token)));
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("Länken har redan använts eller har gått ut. Be om en ny länk.")))
                .isNotNull();

        // a fresh link expires after an hour
        registrations.requestPasswordReset(account.email());
        // the first link, the notice of the changed password, and the second link
        assertThat(Mailbox.awaitCount(smtp, account.email(), 3))
                .extracting(LocalAccountFlowKT::subject)
                .contains("Lösenordet för ditt konto på Brobygge har bytts");
        String second = Mailbox.token(
                Mailbox.awaitCount(smtp, account.email(), 3).stream()
                        .filter(m -> subject(m).equals("Byt lösenord på Brobygge"))
                        .toList()
                        .getLast(),
                "/reset-password");
        assertThat(second).isNotEqualTo(token);
        clock.advance(Duration.ofMinutes(61));
        UI.getCurrent().navigate("reset-password", QueryParameters.simple(Map.of("token", second)));
        assertThat(_get(
                        Paragraph.class,
                        spec -> spec.withText("Länken har redan använts eller har gått ut. Be om en ny länk.")))
                .isNotNull();
    }

    @SuppressWarnings("unchecked")
    private void register(String email, String name, Language language) {
        UI.getCurrent().navigate("register");
        _get(EmailField.class).setValue(email);
        _get(PasswordField.class).setValue(PASSWORD);
        _get(TextField.class).setValue(name);
        ((Select<Language>) _get(Select.class, spec -> spec.withLabel("Språk för Brobygge och e-post")))
                .setValue(language);
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
