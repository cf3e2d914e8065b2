package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.request.RequestContextHolder;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.LogText;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/**
 * The server log while people register, confirm their address, sign in (wrongly, then rightly),
 * reset their password and sign up for an event, and while the outbox mails them: no e-mail
 * address, no token and no link from a mail appears in it.
 */
@IntegrationTest
class LogPrivacyIT {

    static final Pattern ANY_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Test
    void theMainFlowsLogNoAddressesTokensOrLinks() {
        GreenMail smtp = TestSmtp.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger ours = (Logger) LoggerFactory.getLogger("se.brobygge");
        Level oursBefore = ours.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        ours.setLevel(Level.DEBUG);
        List<String> secrets = new ArrayList<>();
        String email = TestAccounts.uniqueEmail("loggfri");
        try {
            SecurityTestData.fromNewAddress();
            AccountId id = registrations
                    .register(new Registration(email, TestAccounts.PASSWORD, "Loggfri Person", "sv"))
                    .orElseThrow();
            MimeMessage verification = Mailbox.awaitOne(smtp, email);
            String verifyToken = Mailbox.token(verification, "/verify-email");
            secrets.add(verifyToken);
            assertThat(registrations.verifyEmail(verifyToken))
                    .isEqualTo(RegistrationService.VerificationResult.VERIFIED);

            BrowserlessHttp browser = new BrowserlessHttp(port);
            assertThat(browser.login(email, "fel lösenord helt och hållet")).endsWith("/login?error");
            assertThat(browser.login(email, TestAccounts.PASSWORD)).isEqualTo(browser.base() + "/");
            secrets.add(browser.sessionId());

            registrations.requestPasswordReset(email);
            String resetToken = Mailbox.token(Mailbox.awaitCount(smtp, email, 2).getLast(), "/reset-password");
            secrets.add(resetToken);
            registrations.resetPassword(resetToken, "ett nytt långt lösenord för loggtestet");
            RequestContextHolder.resetRequestAttributes();

            TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
            EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Loggfri kväll", 10)));
            TestAccounts.Created self = new TestAccounts.Created(id, email, "Loggfri Person", Set.of(Roles.RESIDENT));
            String code =
                    RunAs.as(self, Roles.RESIDENT, () -> signUps.signUp(event)).code();
            secrets.add(code);
        } finally {
            RequestContextHolder.resetRequestAttributes();
            root.detachAppender(captured);
            ours.setLevel(oursBefore);
        }

        assertThat(captured.list)
                .as("the appender hears the log (at least the test's mail server)")
                .isNotEmpty();
        // the test's own mail server (GreenMail) logs the mailboxes it creates: not the application's log
        List<String> lines = captured.list.stream()
                .filter(e -> !e.getLoggerName().startsWith("com.icegreen"))
                .map(LogPrivacyIT::render)
                .toList();
        List<String> leaks = new ArrayList<>();
        for (String line : lines) {
            if (ANY_EMAIL.matcher(line).find()
                    || line.contains("token=")
                    || secrets.stream().anyMatch(line::contains)) {
                leaks.add(line);
            }
        }
        assertThat(leaks)
                .as("log lines with an e-mail address, a token or a link from a mail")
                .isEmpty();
    }

    @Test
    void logTextHidesAddressesAndTokens() {
        assertThat(LogText.redacted("550 5.1.1 <amal.haddad@example.se>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<e-mail>>: Recipient address rejected");
        assertThat(LogText.redacted("GET /reset-password?token=Zx8_kLm-12 failed"))
                .isEqualTo("GET /reset-password?token=<hidden> failed");
        assertThat(LogText.redacted("secret aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z"))
                .isEqualTo("secret <hidden>");
        assertThat(LogText.redacted("Mail 12 not sent (MailConnectException: timeout 5000)"))
                .isEqualTo("Mail 12 not sent (MailConnectException: timeout 5000)");
    }

    private static String render(ILoggingEvent event) {
        String text = event.getLoggerName() + " " + event.getFormattedMessage();
        if (event.getThrowableProxy() != null) {
            text += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        return text;
    }
}
