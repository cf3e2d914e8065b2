package se.brobygge.messaging.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.ConversationSummary;
import se.brobygge.messaging.MessagingService;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

class MessagingKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    MessagingService messaging;

    /** Signs in a resident signed up for an event organised by Lina; returns Lina. */
    private TestAccounts.Created signedInWithOrganiser(String title) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft(title, 10)));
        TestAccounts.Created erik = signIn("Erik", Roles.RESIDENT);
        signUps.signUp(event);
        return lina;
    }

    @Test
    void aResidentWritesToTheOrganiserAndSeesBadInputExplained() {
        TestAccounts.Created lina = signedInWithOrganiser("Samtal KT");
        UI.getCurrent().navigate("messages");
        assertThat(_get(H1.class).getText()).isEqualTo("Meddelanden");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Du har inga samtal ännu.");
        _click(_get(Button.class, spec -> spec.withText("Skriv till Lina")));

        ConversationView view = _get(ConversationView.class);
        assertThat(view.heading.getText()).isEqualTo("Samtal med Lina");
        _click(view.send);
        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("Skriv ett meddelande först.");

        view.text.setValue("Hej Lina! Kan jag ta med mitt barn?");
        _click(view.send);
        assertThat(view.text.isInvalid()).isFalse();
        assertThat(view.status.getText()).isEqualTo("Meddelandet är skickat.");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("message-text")).stream()
                        .map(Paragraph::getText))
                .containsExactly("Hej Lina! Kan jag ta med mitt barn?");
        assertThat(RunAs.as(lina, Roles.STAFF, () -> unread(messaging.conversations())))
                .isEqualTo(1);
    }

    @Test
    void blockingClosesTheConversation() {
        TestAccounts.Created lina = signedInWithOrganiser("Blockera KT");
        long id = messaging.startWith(lina.id());
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(id, "Köp billiga klockor!"));
        UI.getCurrent().navigate("messages/" + id);
        ConversationView view = _get(ConversationView.class);

        _click(_get(Button.class, spec -> spec.withText("Anmäl")));
        @SuppressWarnings("unchecked")
        Select<String> reason = _get(Select.class, spec -> spec.withLabel("Anledning"));
        reason.setValue("spam");
        _click(_get(Button.class, spec -> spec.withText("Skicka anmälan")));
        assertThat(view.status.getText()).isEqualTo("Tack. Meddelandet är anmält till moderatorerna.");

        _click(view.block);
        _click(_get(Button.class, spec -> spec.withClasses("confirm-block")));
        assertThat(view.closed.isVisible()).isTrue();
        assertThat(view.closed.getText()).isEqualTo("Du har blockerat den här personen. Samtalet är stängt.");
        assertThat(view.text.isVisible()).isFalse();
        assertThat(view.send.isVisible()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withText("Anmäl")))
                .as("already reported: no second report button")
                .isEmpty();

        // changed my mind: the block is undone where it was made
        assertThat(view.unblock.isVisible()).isTrue();
        _click(view.unblock);
        assertThat(view.status.getText())
                .startsWith("Du har hävt blockeringen av ")
                .contains("Lina")
                .endsWith(". Ni kan skriva till varandra igen.");
        assertThat(view.closed.isVisible()).isFalse();
        assertThat(view.text.isVisible()).isTrue();
        assertThat(view.block.isVisible()).isTrue();
        assertThat(view.unblock.isVisible()).isFalse();
        assertThat(RunAs.as(lina, Roles.STAFF, () -> messaging.send(id, "Förlåt, fel mottagare."))
                        .text())
                .isEqualTo("Förlåt, fel mottagare.");
    }

    @Test
    void someoneElsesConversationCannotBeOpened() {
        TestAccounts.Created lina = signedInWithOrganiser("Andras KT");
        long id = messaging.startWith(lina.id());
        signOut();
        signIn("Nyfiken", Roles.STAFF);
        UI.getCurrent().navigate("messages/" + id);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Samtalet finns inte eller så är du inte med i det.");
    }

    @Test
    void messagesAreTranslatedIntoEnglishAndArabic() {
        TestAccounts.Created lina = signedInWithOrganiser("Språk KT");
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("messages");
        assertThat(_get(H1.class).getText()).isEqualTo("Messages");
        assertThat(_get(Button.class, spec -> spec.withText("Write to Lina"))).isNotNull();
        useLocale(Locale.forLanguageTag("ar"));
        long id = messaging.startWith(lina.id());
        UI.getCurrent().navigate("messages/" + id);
        assertThat(_get(H1.class).getText())
                .as("the Latin name isolated in the Arabic heading")
                .isEqualTo("محادثة مع \u2068Lina\u2069");
    }

    /** Unread messages over all of one's conversations, as the list shows them. */
    private static long unread(List<ConversationSummary> conversations) {
        return conversations.stream().mapToLong(ConversationSummary::unread).sum();
    }
}
