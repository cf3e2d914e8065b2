package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * The organiser allows companions in the form; a parent signs up with children and changes the
 * party later; an organiser with approval on is told, and sees what waits on "My events".
 */
class CompanionsKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    PublishedRecorder published;

    @Test
    void theOrganiserAllowsCompanionsInTheEventForm() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/new");
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget")).setValue("Sagostund med familjen");
        LocalDateTime start = LocalDateTime.now()
                .plusDays(3)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        _get(DateTimePicker.class, spec -> spec.withLabel("Börjar")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withLabel("Slutar")).setValue(start.plusHours(1));
        _get(IntegerField.class, spec -> spec.withLabel("Antal platser")).setValue(20);
        _get(TextField.class, spec -> spec.withLabel("Länk för att delta på nätet"))
                .setValue("https://meet.brohamn.example/saga");
        String maxLabel = "Högst så många får följa med per anmälan";
        assertThat(_find(IntegerField.class, spec -> spec.withLabel(maxLabel)))
                .as("only once companions are allowed")
                .isEmpty();
        _get(Checkbox.class, spec -> spec.withLabel("Deltagarna får ta med sällskap (vuxna och barn)"))
                .setValue(true);
        IntegerField max = _get(IntegerField.class, spec -> spec.withLabel(maxLabel));
        max.setValue(4);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));

        assertThat(_get(H1.class).getText()).isEqualTo("Sagostund med familjen");
        // the event page offers the sign-up with companions
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Vuxna som följer med dig"))
                        .getHelperText())
                .isEqualTo("Högst 4 personer i sällskapet. Var och en tar en plats.");
    }

    @Test
    void aParentSignsUpWithChildrenAndChangesThePartyLater() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft("Barnteater", 5).toBuilder()
                        .companionsMax(3)
                        .build()));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate(EventsKT.EventViewRoute.path(event));
        _get(IntegerField.class, spec -> spec.withLabel("Vuxna som följer med dig"))
                .setValue(1);
        IntegerField children = _get(IntegerField.class, spec -> spec.withLabel("Barn som följer med dig"));
        children.setValue(3);
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        // four companions are more than the organiser allows: said next to the fields, nothing saved
        IntegerField adults = _get(IntegerField.class, spec -> spec.withLabel("Vuxna som följer med dig"));
        assertThat(adults.isInvalid()).isTrue();
        assertThat(adults.getErrorMessage()).isEqualTo("Så många får inte följa med på det här evenemanget.");
        assertThat(events.event(event).orElseThrow().confirmed()).isZero();

        children.setValue(2);
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        assertThat(events.event(event).orElseThrow().confirmed()).isEqualTo(4);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Platser kvar: 1");

        // later: one child fewer; the seat is free again
        _get(IntegerField.class, spec -> spec.withLabel("Barn som följer med dig"))
                .setValue(1);
        _click(_get(Button.class, spec -> spec.withText("Ändra sällskapet")));
        assertThat(events.event(event).orElseThrow().confirmed()).isEqualTo(3);
        // and in Arabic, the same form reads right to left in the visitor's language
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate(EventsKT.EventViewRoute.path(event));
        assertThat(_find(Button.class, spec -> spec.withText("تغيير المرافقين")))
                .hasSize(1);
    }

    @Test
    void theOrganiserIsToldAndSeesWaitingSignUpsOnMyEvents() {
        TestAccounts.Created organiser = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(
                organiser,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft("Studiebesök i hamnen", 10).toBuilder()
                        .approvalRequired(true)
                        .build()));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event));
        RunAs.as(erik, Roles.RESIDENT, () -> signUps.signUp(event));

        assertThat(published.notificationsTo(organiser.id().value()))
                .filteredOn(n -> n.kind() == NotificationKind.SIGN_UP_APPROVAL)
                .hasSize(2)
                .allSatisfy(n -> {
                    assertThat(n.args()).containsExactly("Studiebesök i hamnen");
                    assertThat(n.link()).isEqualTo("/events/" + event.value());
                });

        signInAs(organiser, Roles.STAFF);
        UI.getCurrent().navigate("my-events");
        RouterLink link =
                _get(RouterLink.class, spec -> spec.withText("Studiebesök i hamnen: 2 väntar på godkännande"));
        assertThat(link.getHref()).isEqualTo("events/" + event.value());
        UI.getCurrent().navigate(link.getHref());
        assertThat(_find(Button.class, spec -> spec.withText("Godkänn"))).hasSize(2);
    }
}
