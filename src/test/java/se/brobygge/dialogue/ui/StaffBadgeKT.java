package se.brobygge.dialogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.MessagingService;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Wherever staff write, a translated staff badge stands by their name; a resident's words carry none. */
class StaffBadgeKT extends KaribuTest {

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    MessagingService messaging;

    private static List<Span> badgesIn(Component within) {
        return _find(within, Span.class, spec -> spec.withClasses("staff-badge"));
    }

    private static PostCard cardOf(String text) {
        return _find(PostCard.class).stream()
                .filter(card ->
                        _find(card, Div.class, spec -> spec.withText(text)).size() == 1)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStaffPostShowsTheStaffBadgeAndAResidentsPostDoesNot() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Märkt"), false);
        RunAs.run(lina, Roles.STAFF, () -> posts.post(id, "Vi läser allt ni skriver.", "sv"));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> posts.post(id, "Fler bänkar i parken, tack.", "sv"));

        UI.getCurrent().navigate("dialogues/" + id);
        List<Span> staffBadges = badgesIn(cardOf("Vi läser allt ni skriver."));
        assertThat(staffBadges).hasSize(1);
        assertThat(staffBadges.getFirst().getText()).isEqualTo("Personal");
        assertThat(staffBadges.getFirst().getElement().getAttribute("title"))
                .isEqualTo("Skrivet av kommunens personal");
        assertThat(badgesIn(cardOf("Fler bänkar i parken, tack."))).isEmpty();

        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("dialogues/" + id);
        assertThat(badgesIn(cardOf("Vi läser allt ni skriver.")).getFirst().getText())
                .isEqualTo("موظف");
    }

    @Test
    void aMessageFromStaffShowsTheStaffBadgeAndTheResidentsReplyDoesNot() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Märkt samtal", 10)));
        signIn("Erik", Roles.RESIDENT);
        signUps.signUp(event);
        long conversation = messaging.startWith(lina.id());
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(conversation, "Välkommen på torsdag!"));
        messaging.send(conversation, "Tack, jag kommer.");

        UI.getCurrent().navigate("messages/" + conversation);
        List<ListItem> bubbles = _find(ListItem.class, spec -> spec.withClasses("message"));
        ListItem fromLina = bubbles.stream()
                .filter(b -> b.hasClassName("theirs"))
                .findFirst()
                .orElseThrow();
        ListItem mine =
                bubbles.stream().filter(b -> b.hasClassName("mine")).findFirst().orElseThrow();
        assertThat(badgesIn(fromLina)).extracting(Span::getText).containsExactly("Personal");
        assertThat(badgesIn(mine)).isEmpty();
        assertThat(_get(fromLina, Span.class, spec -> spec.withText("Lina"))).isNotNull();
    }
}
