package se.brobygge.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.Delivery;
import se.brobygge.notifications.NotificationBell;
import se.brobygge.notifications.NotificationService;
import se.brobygge.notifications.internal.UnsubscribeTokens;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

class NotificationsKT extends KaribuTest {

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NotificationService notifications;

    @Autowired
    UnsubscribeTokens tokens;

    private void notify(TestAccounts.Created to, String key, String sender) {
        transactions.executeWithoutResult(s -> publisher.publishEvent(new NotificationRequested(
                to.id().value(),
                NotificationKind.MESSAGE,
                key,
                "messaging.notify.subject",
                "messaging.notify.body",
                List.of(sender),
                null,
                "/my-events")));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RunAs.as(to, Roles.RESIDENT, () -> notifications.recent(Locale.ROOT, 10)).stream()
                        .anyMatch(n -> n.body().contains(sender)));
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheListMarksThemRead() {
        TestAccounts.Created erik = signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().getPage().reload(); // after login the browser loads the page anew, with the signed-in header
        UI.getCurrent().navigate("");
        assertThat(_get(NotificationBell.class).unreadShown()).isZero();
        notify(erik, "kt-1", "Sara");
        notify(erik, "kt-2", "Johan");
        UI.getCurrent().navigate("my-events");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.unreadShown()).isEqualTo(2);
        assertThat(bell.getContent().getAriaLabel()).contains("Aviseringar, 2 olästa");

        _click(bell.getContent());
        assertThat(_get(H1.class).getText()).isEqualTo("Aviseringar");
        assertThat(_find(H2.class).stream().map(H2::getText)).anyMatch(t -> t.startsWith("Nytt meddelande från Johan"));
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.status.getText()).isEqualTo("2 olästa");

        _click(_find(Button.class, spec -> spec.withText("Markera som läst")).getFirst());
        assertThat(view.status.getText()).isEqualTo("1 olästa");
        _click(_find(Button.class, spec -> spec.withText("Öppna")).stream()
                .filter(b -> b.getAriaLabel().orElse("").equals("Öppna: Nytt meddelande från Sara"))
                .findFirst()
                .orElseThrow());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("my-events");
        assertThat(_get(NotificationBell.class).unreadShown()).isZero();
    }

    @Test
    void theBellFollowsANewNotificationWithoutNavigatingAndStopsListeningWhenDetached() {
        TestAccounts.Created erik = signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("my-events");
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(bell.unreadShown()).isZero();

        notify(erik, "kt-live-" + System.nanoTime(), "Sara");
        // The listener thread hands the new count to the UI with ui.access; the browser would get it
        // by push, the mocked one runs the UI's queued tasks here.
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            MockVaadin.clientRoundtrip(false);
            return bell.unreadShown() == 1;
        });
        assertThat(bell.getContent().getAriaLabel()).contains("Aviseringar, 1 olästa");

        bell.getElement().removeFromParent(); // the bell goes away: no more updates
        assertThat(bell.isAttached()).isFalse();
        notify(erik, "kt-live-" + System.nanoTime(), "Johan");
        MockVaadin.clientRoundtrip(false);
        assertThat(bell.unreadShown()).isEqualTo(1);
    }

    @Test
    void preferencesAreSavedPerKindAndAnnounced() {
        signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("notifications/settings");
        assertThat(_get(H1.class).getText()).isEqualTo("Aviseringsinställningar");
        NotificationSettingsView view = _get(NotificationSettingsView.class);
        assertThat(view.choices)
                .doesNotContainKeys(NotificationKind.ACCOUNT_SECURITY, NotificationKind.SIGN_UP_CONFIRMATION);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Delivery> messages =
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Privata meddelanden"));
        assertThat(messages.getValue()).isEqualTo(Delivery.MAIL_NOW);
        messages.setValue(Delivery.WEEKLY);
        assertThat(view.status.getText()).isEqualTo("Sparat: Privata meddelanden – Veckosammanfattning.");
        assertThat(notifications.preferences())
                .containsEntry(NotificationKind.MESSAGE, Delivery.WEEKLY)
                .containsEntry(NotificationKind.EVENT_REMINDER, Delivery.MAIL_NOW);
    }

    @Test
    void viewsAreTranslatedIntoEnglishAndArabic() {
        signIn("Amal", Roles.RESIDENT);
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("notifications");
        assertThat(_get(H1.class).getText()).isEqualTo("Notifications");
        UI.getCurrent().navigate("notifications/settings");
        assertThat(_get(H1.class).getText()).isEqualTo("Notification settings");
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("notifications");
        assertThat(_get(H1.class).getText()).isEqualTo("الإشعارات");
        UI.getCurrent().navigate("notifications/settings");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("الرسائل الخاصة")))
                .isNotNull();
    }

    @Test
    void theUnsubscribePageWorksWithoutLoginAndRefusesAForgedLink() {
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        String token = tokens.token(erik.id().value(), NotificationKind.EVENT_REMINDER);

        UI.getCurrent()
                .navigate(
                        "unsubscribe",
                        QueryParameters.of("token", (erik.id().value() + 1) + token.substring(token.indexOf('.'))));
        UnsubscribeView forged = _get(UnsubscribeView.class);
        assertThat(forged.message.getText()).startsWith("Länken är ogiltig");
        assertThat(forged.confirm.isVisible()).isFalse();

        UI.getCurrent().navigate("unsubscribe", QueryParameters.of("token", token));
        UnsubscribeView view = _get(UnsubscribeView.class);
        assertThat(view.message.getText()).contains("Påminnelser och ändringar om evenemang");
        _click(view.confirm);
        assertThat(view.message.getText()).startsWith("Klart.");
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> notifications.preferences()))
                .containsEntry(NotificationKind.EVENT_REMINDER, Delivery.IN_APP);
    }
}
