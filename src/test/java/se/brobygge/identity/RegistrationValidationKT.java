package se.brobygge.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.TestAccounts;

/** Bad input on the registration page: a translated message next to the field, and nothing saved. */
class RegistrationValidationKT extends KaribuTest {

    @Autowired
    AccountRepository accountRepository;

    @Test
    void invalidEmailIsExplainedNextToTheFieldAndNothingIsSaved() {
        long before = accountRepository.count();
        fill("inte-en-adress", "ett långt och bra lösenord", "Amal");
        EmailField email = _get(EmailField.class);
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Skriv en giltig e-postadress, till exempel namn@exempel.se");
        assertThat(accountRepository.count()).isEqualTo(before);
    }

    @Test
    void weakPasswordIsExplainedNextToThePasswordField() {
        String address = TestAccounts.uniqueEmail("weak");
        fill(address, "kort", "Amal");
        PasswordField password = _get(PasswordField.class);
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Lösenordet behöver minst 10 tecken.");
        assertThat(_get(EmailField.class).isInvalid()).isFalse();
        assertThat(accountRepository.findByEmail(address)).isEmpty();

        fill(address, "1234567890", "Amal");
        assertThat(_get(PasswordField.class).getErrorMessage())
                .isEqualTo("Lösenordet är för lätt att gissa. Välj något längre eller ovanligare.");
        assertThat(accountRepository.findByEmail(address)).isEmpty();
    }

    @Test
    void duplicateEmailGetsTheUsualAnswerAndTheExistingAccountIsUntouched() {
        // the page must not tell who has an account: the owner is mailed instead (RegistrationEnumerationKT)
        TestAccounts.Created existing = accounts.create("Erik", Roles.RESIDENT);
        long before = accountRepository.count();
        fill(existing.email().toUpperCase(), "ett långt och bra lösenord", "Någon annan");
        assertThat(_get(H1.class).getText()).isEqualTo("Titta i din e-post");
        assertThat(accountRepository.count()).isEqualTo(before);
        assertThat(accountRepository.findByEmail(existing.email()).orElseThrow().displayName())
                .isEqualTo("Erik");
    }

    @Test
    void messagesFollowTheChosenLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        fill("not-an-address", "kort", "A");
        assertThat(_get(EmailField.class).getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("validation.email.invalid"))
                .doesNotContain("giltig");
        assertThat(_get(TextField.class).isInvalid()).isTrue();
    }

    private void fill(String email, String password, String name) {
        UI.getCurrent().navigate("register");
        _get(EmailField.class).setValue(email);
        _get(PasswordField.class).setValue(password);
        _get(TextField.class).setValue(name);
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("register.submit"))));
    }
}
