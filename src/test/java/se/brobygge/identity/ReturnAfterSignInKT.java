package se.brobygge.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/**
 * "Log in to sign up" on an event page brings the person back to that event after signing in,
 * and after registering and verifying their address first; only paths on this site are followed.
 */
class ReturnAfterSignInKT extends KaribuTest {

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = TestSmtp.start();
    }

    private String anEventPage() {
        TestAccounts.Created staff = accounts.create("Personal", Roles.STAFF);
        EventId id = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé i hamnen", 12)));
        return "/events/" + id.value();
    }

    @Test
    void theSignInLinkOnAnEventComesBackToTheEvent() {
        String event = anEventPage();
        UI.getCurrent().navigate(event.substring(1));
        Anchor signIn = _get(Anchor.class, spec -> spec.withText("Logga in för att anmäla dig"));
        assertThat(signIn.getHref()).isEqualTo("login?next=" + encoded(event));

        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        BrowserlessHttp browser = new BrowserlessHttp(port);
        browser.get("/" + signIn.getHref());
        assertThat(browser.login(amal.email(), TestAccounts.PASSWORD)).isEqualTo(browser.base() + event);
    }

    @Test
    void registeringAndVerifyingFirstStillComesBackToTheEvent() {
        String event = anEventPage();
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("next", event)));
        Anchor register = _get(Anchor.class, spec -> spec.withText("Skapa ett konto"));
        assertThat(register.getHref()).isEqualTo("register?next=" + encoded(event));

        UI.getCurrent().navigate("register", QueryParameters.simple(Map.of("next", event)));
        String email = TestAccounts.uniqueEmail("noor");
        _get(EmailField.class).setValue(email);
        _get(PasswordField.class).setValue("solen skiner över hamnen");
        _get(TextField.class).setValue("Noor");
        _click(_get(Button.class, spec -> spec.withText("Skapa konto")));

        MimeMessage mail = Mailbox.awaitOne(smtp, email);
        assertThat(Mailbox.text(mail)).contains("/verify-email?token=").contains("&next=" + encoded(event));
        UI.getCurrent()
                .navigate(
                        "verify-email",
                        QueryParameters.simple(Map.of("token", Mailbox.token(mail, "/verify-email"), "next", event)));
        Anchor login = _get(Anchor.class, spec -> spec.withText("Logga in"));
        assertThat(login.getHref()).isEqualTo("login?next=" + encoded(event));

        BrowserlessHttp browser = new BrowserlessHttp(port);
        browser.get("/" + login.getHref());
        assertThat(browser.login(email, "solen skiner över hamnen")).isEqualTo(browser.base() + event);
    }

    @Test
    void onlyPathsOnThisSiteAreFollowed() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        for (String hostile : new String[] {
            "//evil.example/x",
            "https://evil.example/",
            "/\\evil.example",
            "javascript:alert(1)",
            "/login?next=/events",
            "/%2e%2e//evil.example"
        }) {
            BrowserlessHttp browser = new BrowserlessHttp(port);
            browser.get("/login?next=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            String location = browser.login(sara.email(), TestAccounts.PASSWORD);
            assertThat(URI.create(location).getHost()).as(hostile).isEqualTo("localhost");
            assertThat(location).as(hostile).isEqualTo(browser.base() + "/");
        }
    }

    private static String encoded(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
