package se.brobygge.identity;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.KaribuTest;

/** A user keeps their own base profile. */
class ProfileKT extends KaribuTest {

    @Autowired
    AccountRepository accountRepository;

    @Test
    @SuppressWarnings("unchecked")
    void userChangesNameLanguagesAndArea() {
        var me = signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("profile");
        _get(TextField.class, spec -> spec.withLabel("Visningsnamn")).setValue("Amal H.");
        ((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class)).setValue(Set.of("ar", "sv"));
        ((Select<String>) _get(Select.class, spec -> spec.withLabel("Område där jag bor"))).setValue("Norrby");
        _click(_get(Button.class, spec -> spec.withText("Spara")));

        var saved = accountRepository.findById(me.id().value()).orElseThrow().toProfile();
        assertThat(saved.displayName()).isEqualTo("Amal H.");
        assertThat(saved.languagesSpoken()).containsExactlyInAnyOrder("ar", "sv");
        assertThat(saved.area()).isEqualTo("Norrby");
        assertThat(_get(TextField.class, spec -> spec.withLabel("E-postadress")).isReadOnly())
                .as("e-mail is shown, not edited here")
                .isTrue();
    }

    @Test
    void tooShortNameIsExplainedAndNotSaved() {
        var me = signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("profile");
        TextField name = _get(TextField.class, spec -> spec.withLabel("Visningsnamn"));
        name.setValue("E");
        _click(_get(Button.class, spec -> spec.withText("Spara")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Visningsnamnet behöver vara 2–80 tecken.");
        assertThat(accountRepository.findById(me.id().value()).orElseThrow().displayName())
                .isEqualTo("Erik");
    }
}
