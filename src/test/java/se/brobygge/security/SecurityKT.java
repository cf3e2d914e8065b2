package se.brobygge.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.TestAccounts;

/** What a person (or a robot) sees of the registration trap and of unexpected errors. */
class SecurityKT extends KaribuTest {

    @Autowired
    AccountRepository accountRepository;

    @Test
    void aFilledHoneypotLooksLikeSuccessButCreatesNoAccount() {
        UI.getCurrent().navigate("register");
        Input trap = _get(Input.class, spec -> spec.withId("register-website"));
        assertThat(trap.getElement().getAttribute("tabindex"))
                .as("out of the keyboard order")
                .isEqualTo("-1");
        assertThat(trap.getElement().getAttribute("autocomplete")).isEqualTo("off");
        var wrapper = trap.getParent().orElseThrow();
        assertThat(wrapper.getElement().getAttribute("aria-hidden"))
                .as("hidden from screen readers")
                .isEqualTo("true");
        assertThat(wrapper.getElement().getStyle().get("clip-path"))
                .as("hidden from sight")
                .isEqualTo("inset(50%)");
        assertThat(wrapper.getElement().getStyle().get("position")).isEqualTo("absolute");

        String robot = TestAccounts.uniqueEmail("robot");
        _get(EmailField.class).setValue(robot);
        _get(PasswordField.class).setValue(TestAccounts.PASSWORD);
        _get(TextField.class).setValue("Robot Robotsson");
        trap.setValue("https://spam.example/");
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("register.submit"))));
        assertThat(_get(H1.class).getText()).isEqualTo("Titta i din e-post");
        assertThat(accountRepository.findByEmail(robot))
                .as("no account for the robot")
                .isEmpty();

        String person = TestAccounts.uniqueEmail("manniska");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("register");
        _get(EmailField.class).setValue(person);
        _get(PasswordField.class).setValue(TestAccounts.PASSWORD);
        _get(TextField.class).setValue("Amal Människa");
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("register.submit"))));
        assertThat(accountRepository.findByEmail(person))
                .as("a person with an empty trap registers")
                .isPresent();
    }

    @Test
    void anUnexpectedErrorShowsAKindTranslatedMessageAndNothingOfTheError() {
        UI.getCurrent().navigate("");
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException(
                        "could not execute statement [SELECT email FROM identity_account WHERE id = 7]")));
        NotificationsKt.expectNotifications(
                "Något gick fel och det du gjorde kanske inte sparades. Försök igen om en stund.");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(new AccessDeniedException("Not allowed to delete photo 12")));
        assertThat(_find(Notification.class).getLast().isAssertive())
                .as("read out at once")
                .isTrue();
        String denied = UI.getCurrent().getTranslation("error.denied");
        assertThat(denied)
                .doesNotContain("photo")
                .isNotEqualTo(UI.getCurrent().getTranslation(Locale.forLanguageTag("sv"), "error.denied"));
        NotificationsKt.expectNotifications(denied);
    }
}
