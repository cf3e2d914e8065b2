package se.brobygge.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * Until a translator has checked a language, its pages say so in that language; staff see every
 * language's status and an administrator records a check, which takes the notice away.
 */
class LanguagesKT extends KaribuTest {

    @Autowired
    LanguageReviewService reviews;

    @Autowired
    AccountDeletionService deletion;

    private static Section card(Language language) {
        return _find(Section.class).stream()
                .filter(s -> language.code().equals(s.getElement().getAttribute("data-language")))
                .findFirst()
                .orElseThrow();
    }

    private static String texts(Section card) {
        return String.join(
                " | ",
                _find(card, Paragraph.class).stream().map(Paragraph::getText).toList());
    }

    /** Opens the events page anew in a language, as the page reload after a language change does. */
    private static void openEventsIn(String language) {
        UI.getCurrent().navigate("");
        useLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate("events");
    }

    private static boolean noticeShown() {
        return !_find(Paragraph.class, spec -> spec.withClasses("language-unchecked"))
                .isEmpty();
    }

    @Test
    void anUncheckedLanguageSaysSoOnItsPagesUntilAnAdministratorRecordsTheCheck() {
        TestAccounts.Created admin = signIn("Anders", Roles.STAFF, Roles.ADMIN);
        try {
            openEventsIn("uk");
            assertThat(noticeShown()).as("the notice on a Ukrainian page").isTrue();
            openEventsIn("sv");
            assertThat(noticeShown()).as("Swedish is the original: no notice").isFalse();

            UI.getCurrent().navigate("staff/languages");
            assertThat(_get(H1.class).getText()).isEqualTo("Språk och översättningar");
            Section ukrainian = card(Language.UKRAINIAN);
            assertThat(texts(ukrainian)).contains("Inte granskat av en översättare än");
            assertThat(texts(card(Language.SWEDISH)))
                    .contains("Granskat av Brobygge")
                    .contains("Erbjuds i språkvalet");
            assertThat(texts(card(Language.ENGLISH))).containsPattern("Översatta texter: ([\\d\u00a0 ]+) av \\1");

            // nobody named: the message is next to the field and nothing is recorded
            _click(_get(ukrainian, Button.class, spec -> spec.withText("Registrera granskning av ukrainska")));
            TextField checkedBy = _get(ukrainian, TextField.class, spec -> spec.withClasses("checked-by"));
            assertThat(checkedBy.isInvalid()).isTrue();
            assertThat(checkedBy.getErrorMessage()).isEqualTo("Skriv vem som granskade översättningen.");
            assertThat(reviews.isChecked(Language.UKRAINIAN)).isFalse();

            checkedBy.setValue("Kommunens tolk- och översättarservice");
            _click(_get(ukrainian, Button.class, spec -> spec.withText("Registrera granskning av ukrainska")));
            assertThat(texts(card(Language.UKRAINIAN))).contains("Granskat av Kommunens tolk- och översättarservice");

            openEventsIn("uk");
            assertThat(noticeShown()).as("checked: no notice any more").isFalse();

            useLocale(Locale.forLanguageTag("sv"));
            UI.getCurrent().navigate("staff/languages");
            _click(_get(
                    card(Language.UKRAINIAN),
                    Button.class,
                    spec -> spec.withText("Ta bort granskningen av ukrainska")));
            openEventsIn("uk");
            assertThat(noticeShown())
                    .as("the check taken back: the notice again")
                    .isTrue();
        } finally {
            RunAs.run(admin, Roles.ADMIN, () -> reviews.markUnchecked(Language.UKRAINIAN));
        }
    }

    @Test
    void aCheckStaysWhenTheAdministratorWhoRecordedItDeletesTheirAccount() {
        TestAccounts.Created admin = signIn("Agnes", Roles.STAFF, Roles.ADMIN);
        try {
            RunAs.run(
                    admin,
                    Roles.ADMIN,
                    () -> reviews.markChecked(Language.SOMALI, "Tolkservice Väst", LocalDate.now()));
            RunAs.run(admin, Roles.RESIDENT, () -> deletion.deleteMine(admin.email()));

            assertThat(reviews.isChecked(Language.SOMALI)).isTrue();
            signIn("Lina", Roles.STAFF);
            UI.getCurrent().navigate("staff/languages");
            assertThat(texts(card(Language.SOMALI))).contains("Granskat av Tolkservice Väst");
        } finally {
            RunAs.run(
                    accounts.create("Anders", Roles.ADMIN), Roles.ADMIN, () -> reviews.markUnchecked(Language.SOMALI));
        }
    }

    @Test
    void staffSeeTheStatusButOnlyAnAdministratorRecordsAndResidentsSeeNothing() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/languages");
        assertThat(texts(card(Language.DARI))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("record-check")))
                .isEmpty();
        assertThatThrownBy(() ->
                        RunAs.run(lina, Roles.STAFF, () -> reviews.markChecked(Language.DARI, "Lina", LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);

        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("staff/languages");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Språk och översättningar");
    }
}
