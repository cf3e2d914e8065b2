package se.brobygge.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.privacy.PrivacyFixture;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The "My data" page: asking for an export, watching it get ready, downloading it, deleting the account. */
class MyDataKT extends KaribuTest {

    @Autowired
    Recipients recipients;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountDeletionService deletion;

    @Test
    void aResidentCollectsTheirDataAndDownloadsTheZip() throws Exception {
        TestAccounts.Created me = signIn("Karin Export", Roles.RESIDENT);
        UI.getCurrent().navigate("my-data");
        assertThat(_get(H1.class).getText()).isEqualTo("Mina uppgifter");

        _click(_get(Button.class, spec -> spec.withText("Samla mina uppgifter")));
        assertThat(_get(Button.class, spec -> spec.withText("Samla mina uppgifter"))
                        .isEnabled())
                .as("one export at a time")
                .isFalse();
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page follows the progress")
                .isPositive();

        Anchor download = null;
        for (int i = 0; i < 300 && download == null; i++) {
            Thread.sleep(100);
            ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
            download = _find(Anchor.class, spec -> spec.withText("Ladda ner ZIP-filen")).stream()
                    .findFirst()
                    .orElse(null);
        }
        assertThat(download).as("the export became ready").isNotNull();
        assertThat(_find(Span.class, spec -> spec.withText("Klar"))).hasSize(1);
        assertThat(UI.getCurrent().getPollInterval())
                .as("polling stops when ready")
                .isNegative();

        Map<String, String> files = PrivacyFixture.unzip(DownloadKt.download(download));
        assertThat(files).containsKeys("identity.json", "events.json", "summary.txt");
        assertThat(files.get("identity.json")).contains(me.email());
    }

    @Test
    void theSummaryAndPageSpeakThePersonsLanguage() {
        signIn("Rana Export", Roles.RESIDENT);
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("my-data");
        assertThat(_get(H1.class).getText()).isEqualTo("بياناتي");
        assertThat(_get(TextField.class, spec -> spec.withLabel("اكتب بريدك الإلكتروني للتأكيد")))
                .isNotNull();
    }

    @Test
    void deletingNeedsTheOwnAddressThenEndsTheAccount() {
        TestAccounts.Created me = signIn("Leif Delete", Roles.RESIDENT);
        UI.getCurrent().navigate("my-data");
        assertThat(_find(
                        Paragraph.class,
                        spec -> spec.withText(
                                "Varning: det går inte att ångra. Ditt namn, din e-postadress, ditt telefonnummer, dina profiler, "
                                        + "dina kort och dina inloggningar raderas. Dina kommande anmälningar avbokas och din plats "
                                        + "går till nästa person i kön. Du loggas ut överallt.")))
                .hasSize(1);
        TextField confirmation =
                _get(TextField.class, spec -> spec.withLabel("Skriv din e-postadress för att bekräfta"));

        confirmation.setValue("någon@annan.example");
        _click(_get(Button.class, spec -> spec.withText("Radera mitt konto")));
        assertThat(confirmation.isInvalid()).isTrue();
        assertThat(confirmation.getErrorMessage()).isEqualTo("Det är inte e-postadressen för ditt konto.");
        assertThat(recipients.of(me.id()).orElseThrow().email()).isEqualTo(me.email());

        confirmation.setValue(me.email());
        _click(_get(Button.class, spec -> spec.withText("Radera mitt konto")));
        assertThat(recipients.of(me.id()).orElseThrow().email()).endsWith("@deleted.invalid");
        assertThat(recipients.of(me.id()).orElseThrow().displayName()).isEmpty();
    }

    @Test
    void anAdministratorDeletesAnAccountOnRequest() {
        TestAccounts.Created person = accounts.create("Olga Onrequest" + System.nanoTime(), Roles.RESIDENT);
        signIn("Admin Person", Roles.ADMIN);
        UI.getCurrent().navigate("admin/delete-account");
        _get(TextField.class, spec -> spec.withLabel("Sök konto (namn eller e-post)"))
                .setValue(person.email());
        @SuppressWarnings("unchecked")
        Grid<AccountProfile> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isOne();
        grid.select(GridKt._get(grid, 0));

        _click(_get(Button.class, spec -> spec.withText("Radera kontot")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Skäl och ärende"));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        assertThat(recipients.of(person.id()).orElseThrow().email()).isEqualTo(person.email());

        reason.setValue("Ärende 2026-77, telefon");
        _click(_get(Button.class, spec -> spec.withText("Radera kontot")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(recipients.of(person.id()).orElseThrow().email()).endsWith("@deleted.invalid");
    }

    @Test
    void theOtherPartySeesMessagesFromADeletedParticipant() {
        TestAccounts.Created reader = signIn("Reader Messages", Roles.RESIDENT);
        TestAccounts.Created writer = accounts.create("Writer Gone" + System.nanoTime(), Roles.RESIDENT);
        TestAccounts.Created admin = accounts.create("Admin Messages", Roles.ADMIN);
        long a = Math.min(reader.id().value(), writer.id().value());
        long b = Math.max(reader.id().value(), writer.id().value());
        jdbc.update(
                "INSERT INTO messaging_conversation (account_a, account_b, created_at, last_message_at) "
                        + "VALUES (?, ?, NOW(6), NOW(6))",
                a,
                b);
        long conversation = jdbc.queryForObject(
                "SELECT id FROM messaging_conversation WHERE account_a = ? " + "AND account_b = ?", Long.class, a, b);
        jdbc.update(
                "INSERT INTO messaging_message (conversation_id, sender_id, body, sent_at) VALUES (?, ?, "
                        + "'Vi ses på kaféet', NOW(6))",
                conversation,
                writer.id().value());

        RunAs.run(admin, Roles.ADMIN, () -> deletion.deleteOnRequest(writer.id(), "Begäran vid besök"));

        UI.getCurrent().navigate("messages");
        assertThat(_find(RouterLink.class, spec -> spec.withText("Raderad deltagare")))
                .hasSize(1);
        assertThat(_find(RouterLink.class, spec -> spec.withText(writer.displayName())))
                .isEmpty();
    }
}
