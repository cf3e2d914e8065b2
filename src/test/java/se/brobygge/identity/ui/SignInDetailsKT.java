package se.brobygge.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.AccountSessions;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * A signed-in resident changes their password, and their e-mail address with a link to the new
 * one; both sign the account out elsewhere, not here.
 */
class SignInDetailsKT extends KaribuTest {

    static final String NEW_PASSWORD = "morgondimma över sjön";

    @LocalServerPort
    int port;

    @Autowired
    AccountSessions sessions;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MutableClock clock;

    GreenMail smtp;

    @Nullable
    HttpSession here;

    @AfterEach
    void endHere() {
        if (here != null) {
            sessions.sessionDestroyed(new HttpSessionEvent(here));
        }
    }

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndSignsOutTheOtherSessionsOnly() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        BrowserlessHttp phone = signedIn(sara.email(), TestAccounts.PASSWORD);
        HttpSession here = signInHere(sara);
        UI.getCurrent().navigate("profile");
        ChangePasswordForm form = _get(ChangePasswordForm.class);

        form.current.setValue("inte mitt lösenord alls");
        form.newPassword.setValue("kort");
        _click(form.save);
        assertThat(form.current.getErrorMessage()).isEqualTo("Lösenordet stämmer inte.");
        assertThat(form.newPassword.getErrorMessage()).isEqualTo("Lösenordet behöver minst 10 tecken.");
        assertThat(form.done.isVisible()).isFalse();
        assertThat(isSignedIn(phone)).as("nothing changed yet").isTrue();

        form.current.setValue(TestAccounts.PASSWORD);
        form.newPassword.setValue(NEW_PASSWORD);
        _click(form.save);
        assertThat(form.current.isInvalid()).isFalse();
        assertThat(form.done.getText()).isEqualTo("Ditt lösenord är bytt. Du har loggats ut på alla andra enheter.");

        assertThat(isSignedIn(phone)).as("the other session ended").isFalse();
        assertThat(sessions.signedIn()).as("this session goes on").containsKey(sara.id());
        assertThat(here.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
        assertThat(new BrowserlessHttp(port).login(sara.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");
        assertThat(new BrowserlessHttp(port).login(sara.email(), NEW_PASSWORD)).doesNotContain("error");
    }

    @Test
    void aChangedPasswordIsMailedToTheAccountInItsLanguage() throws MessagingException {
        TestAccounts.Created john = accounts.createIn("en", "John", Roles.RESIDENT);
        signInHere(john);
        UI.getCurrent().navigate("profile");
        ChangePasswordForm form = _get(ChangePasswordForm.class);
        form.current.setValue(TestAccounts.PASSWORD);
        form.newPassword.setValue(NEW_PASSWORD);
        Instant before = clock.instant();
        _click(form.save);
        assertThat(form.done.isVisible()).isTrue();

        MimeMessage notice = Mailbox.awaitOne(smtp, john.email());
        assertThat(notice.getSubject()).isEqualTo("The password of your Brobygge account was changed");
        assertThat(Mailbox.text(notice))
                .containsAnyOf(when("The password of your Brobygge account was changed on ", before, Locale.ENGLISH))
                .contains("If it was not you, choose a new password right away")
                .contains("/forgot-password");
    }

    @Test
    void aPasswordResetWithTheMailedLinkIsMailedToo() throws MessagingException {
        TestAccounts.Created layla = accounts.createIn("ar", "Layla", Roles.RESIDENT);
        registrations.requestPasswordReset(layla.email());
        String token = Mailbox.token(Mailbox.awaitOne(smtp, layla.email()), "/reset-password");

        Instant before = clock.instant();
        registrations.resetPassword(token, NEW_PASSWORD);

        MimeMessage notice = Mailbox.awaitCount(smtp, layla.email(), 2).stream()
                .filter(mail -> !Mailbox.text(mail).contains("/reset-password"))
                .findFirst()
                .orElseThrow();
        assertThat(notice.getSubject()).isEqualTo("تم تغيير كلمة المرور لحسابك في Brobygge");
        assertThat(Mailbox.text(notice))
                .containsAnyOf(when("تم تغيير كلمة المرور لحسابك في Brobygge في ", before, Locale.forLanguageTag("ar")))
                .contains("/forgot-password");
        assertThat(Mailbox.html(notice)).contains("dir=\"rtl\"");
    }

    @Test
    void aNewAddressChangesOnlyWhenTheMailedLinkIsOpened() throws MessagingException {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp phone = signedIn(amal.email(), TestAccounts.PASSWORD);
        signInHere(amal);
        UI.getCurrent().navigate("profile");
        ChangeEmailForm form = _get(ChangeEmailForm.class);
        String newAddress = TestAccounts.uniqueEmail("amal-ny");

        form.newEmail.setValue(newAddress);
        form.current.setValue("fel lösenord helt enkelt");
        _click(form.request);
        assertThat(form.current.getErrorMessage()).isEqualTo("Lösenordet stämmer inte.");
        assertThat(form.sent.isVisible()).isFalse();

        form.current.setValue(TestAccounts.PASSWORD);
        _click(form.request);
        assertThat(form.sent.getText()).isEqualTo(sentAnswer(newAddress));

        MimeMessage link = Mailbox.awaitOne(smtp, newAddress);
        assertThat(link.getSubject()).isEqualTo("Bekräfta din nya e-postadress för Brobygge");
        MimeMessage notice = Mailbox.awaitOne(smtp, amal.email());
        assertThat(notice.getSubject()).isEqualTo("Någon vill byta e-postadress för ditt konto på Brobygge");
        assertThat(Mailbox.text(notice)).contains(newAddress).contains("/forgot-password");
        assertThat(RunAs.as(
                        amal, Roles.RESIDENT, () -> accountService.myProfile().email()))
                .as("not changed before the link is opened")
                .isEqualTo(amal.email());
        assertThat(isSignedIn(phone)).isTrue();

        UI.getCurrent()
                .navigate(
                        "confirm-email",
                        QueryParameters.simple(Map.of("token", Mailbox.token(link, "/confirm-email"))));
        assertThat(_get(H1.class).getText()).isEqualTo("Din e-postadress är bytt");
        assertThat(RunAs.as(
                        amal, Roles.RESIDENT, () -> accountService.myProfile().email()))
                .isEqualTo(newAddress);
        assertThat(isSignedIn(phone)).as("the other session ended").isFalse();
        assertThat(sessions.signedIn()).as("this session goes on").containsKey(amal.id());
        assertThat(new BrowserlessHttp(port).login(newAddress, TestAccounts.PASSWORD))
                .doesNotContain("error");
        assertThat(new BrowserlessHttp(port).login(amal.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");

        // the link works once
        UI.getCurrent()
                .navigate(
                        "confirm-email",
                        QueryParameters.simple(Map.of("token", Mailbox.token(link, "/confirm-email"))));
        assertThat(_get(H1.class).getText()).isEqualTo("Länken fungerar inte");
    }

    @Test
    void anAddressOfAnotherAccountGetsTheSameAnswerAndNoMail() {
        TestAccounts.Created omar = signIn("Omar", Roles.RESIDENT);
        TestAccounts.Created taken = accounts.create("Vera", Roles.RESIDENT);
        UI.getCurrent().navigate("profile");
        ChangeEmailForm form = _get(ChangeEmailForm.class);
        form.newEmail.setValue(taken.email());
        form.current.setValue(TestAccounts.PASSWORD);
        _click(form.request);
        assertThat(form.newEmail.isInvalid()).isFalse();
        assertThat(form.sent.getText()).isEqualTo(sentAnswer(taken.email()));

        // the notice to the old address is queued with the link that was not sent
        Mailbox.awaitOne(smtp, omar.email());
        assertThat(Mailbox.messagesFor(smtp, taken.email())).isEmpty();
        assertThat(RunAs.as(
                        omar, Roles.RESIDENT, () -> accountService.myProfile().email()))
                .isEqualTo(omar.email());
    }

    /** The text with the time of the change, which was after {@code before} and is no later than now. */
    private String[] when(String text, Instant before, Locale locale) {
        return new String[] {
            text + Formats.dateTime(before, locale) + ".", text + Formats.dateTime(clock.instant(), locale) + "."
        };
    }

    /** Signs in here, as a real session the account's sessions are ended from would be. */
    private HttpSession signInHere(TestAccounts.Created account) {
        signInAs(account, Roles.RESIDENT);
        HttpSession session =
                VaadinServletRequest.getCurrent().getHttpServletRequest().getSession();
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        sessions.markSignedIn(
                session,
                accountRepository.findById(account.id().value()).orElseThrow().sessionEpoch());
        sessions.sessionCreated(new HttpSessionEvent(session));
        here = session;
        return session;
    }

    private BrowserlessHttp signedIn(String email, String password) {
        BrowserlessHttp browser = new BrowserlessHttp(port);
        assertThat(browser.login(email, password)).isEqualTo(browser.base() + "/");
        assertThat(isSignedIn(browser)).isTrue();
        return browser;
    }

    private static boolean isSignedIn(BrowserlessHttp browser) {
        return browser.get("/my-data").statusCode() == 200;
    }

    private static String sentAnswer(String email) {
        return "Vi har skickat en länk till " + email + ", om adressen kan användas. Klicka på länken inom 48 timmar."
                + " Tills dess gäller din gamla adress.";
    }
}
