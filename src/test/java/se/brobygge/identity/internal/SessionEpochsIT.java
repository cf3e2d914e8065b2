package se.brobygge.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * A new password or e-mail address signs the account out of every session it has, with two real
 * sessions signed in through the login form (on other nodes: TwoNodesIT). Sessions of other
 * accounts, and sessions signed in after the change, go on.
 */
@IntegrationTest
class SessionEpochsIT {

    static final String NEW_PASSWORD = "ett helt nytt lösenord för kontot";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    RegistrationService registrations;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    SessionEpochs sessionEpochs;

    @Autowired
    TransactionTemplate transactions;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    private BrowserlessHttp signedIn(String email, String password) {
        BrowserlessHttp browser = new BrowserlessHttp(port);
        assertThat(browser.login(email, password)).isEqualTo(browser.base() + "/");
        assertThat(isSignedIn(browser)).isTrue();
        return browser;
    }

    private static boolean isSignedIn(BrowserlessHttp browser) {
        var response = browser.get("/my-data");
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
            return false;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return true;
    }

    @Test
    void aPasswordResetThroughTheMailedLinkEndsEverySessionOfTheAccount() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        BrowserlessHttp phone = signedIn(sara.email(), TestAccounts.PASSWORD);
        BrowserlessHttp laptop = signedIn(sara.email(), TestAccounts.PASSWORD);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        BrowserlessHttp eriks = signedIn(erik.email(), TestAccounts.PASSWORD);

        registrations.requestPasswordReset(sara.email());
        String token = Mailbox.token(Mailbox.awaitOne(smtp, sara.email()), "/reset-password");
        registrations.resetPassword(token, NEW_PASSWORD);

        assertThat(isSignedIn(phone)).as("the phone's session ended").isFalse();
        assertThat(isSignedIn(laptop)).as("the laptop's session ended").isFalse();
        assertThat(isSignedIn(eriks)).as("another account's session goes on").isTrue();

        BrowserlessHttp afterwards = signedIn(sara.email(), NEW_PASSWORD);
        sessionEpochs.endOutdated();
        assertThat(isSignedIn(afterwards))
                .as("signed in with the new password after the reset")
                .isTrue();
        assertThat(new BrowserlessHttp(port).login(sara.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");
    }

    @Test
    void aNewEmailAddressEndsEverySessionOfTheAccountAtTheNextSweep() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp phone = signedIn(amal.email(), TestAccounts.PASSWORD);
        BrowserlessHttp laptop = signedIn(amal.email(), TestAccounts.PASSWORD);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        BrowserlessHttp eriks = signedIn(erik.email(), TestAccounts.PASSWORD);

        // as another node would: change the address in the database, and let this node's sweep find it
        String newAddress = TestAccounts.uniqueEmail("ny-adress");
        transactions.executeWithoutResult(status ->
                accountRepository.findById(amal.id().value()).orElseThrow().changeEmail(newAddress));
        assertThat(sessionEpochs.endOutdated()).isGreaterThanOrEqualTo(2);

        assertThat(isSignedIn(phone)).isFalse();
        assertThat(isSignedIn(laptop)).isFalse();
        assertThat(isSignedIn(eriks)).isTrue();
        BrowserlessHttp afterwards = signedIn(newAddress, TestAccounts.PASSWORD);
        sessionEpochs.endOutdated();
        assertThat(isSignedIn(afterwards)).isTrue();
    }
}
