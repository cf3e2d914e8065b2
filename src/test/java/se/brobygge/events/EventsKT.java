package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.Query;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/** Staff publish an event in the editor; residents find it, sign up, wait, and get mail. */
class EventsKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffPublishAnEventAndBadInputIsExplainedNextToTheField() {
        signIn("Lina", Roles.STAFF);
        long before = countEvents();
        UI.getCurrent().navigate("staff/events/new");
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget")).setValue("Språkcafé på biblioteket");
        LocalDateTime start = LocalDateTime.now()
                .plusDays(3)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        DateTimePicker starts = _get(DateTimePicker.class, spec -> spec.withLabel("Börjar"));
        DateTimePicker ends = _get(DateTimePicker.class, spec -> spec.withLabel("Slutar"));
        starts.setValue(start);
        ends.setValue(start.minusHours(1));
        _get(IntegerField.class, spec -> spec.withLabel("Antal platser")).setValue(20);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(ends.isInvalid()).isTrue();
        TextField online = _get(TextField.class, spec -> spec.withLabel("Länk för att delta på nätet"));
        assertThat(online.getErrorMessage())
                .as("a place or a link is needed")
                .isEqualTo("Välj en mötesplats eller skriv en länk för att delta på nätet.");
        online.setValue("https://meet.brohamn.example/kafe");
        assertThat(ends.getErrorMessage()).isEqualTo("Sluttiden måste vara efter starttiden.");
        assertThat(countEvents()).as("nothing saved").isEqualTo(before);

        ends.setValue(start.plusHours(2));
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(countEvents()).isEqualTo(before + 1);
        assertThat(_get(H1.class).getText()).isEqualTo("Språkcafé på biblioteket");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Platser kvar: 20");
    }

    @Test
    void residentsSignUpGetTheCodeByMailAndTheLastOneWaits() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = SignUpConcurrencyIT.as(
                staff, Roles.STAFF, () -> editing.create(SignUpConcurrencyIT.draft("Språkcafé för två", 1)));

        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate(EventViewRoute.path(event));
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        Paragraph confirmed = _find(Paragraph.class).stream()
                .filter(p -> p.getText().startsWith("Du är anmäld. Din kod: "))
                .findFirst()
                .orElseThrow();
        String code = confirmed.getText().substring("Du är anmäld. Din kod: ".length());
        var mail = Mailbox.awaitOne(smtp, amal.email());
        assertThat(Mailbox.text(mail)).contains(code).contains("Språkcafé för två");
        // the mail shows the QR code the organiser's camera scans at the door
        assertThat(Mailbox.html(mail)).contains("<img src=\"cid:checkin-qr\"").contains("QR-koden");
        assertThat(Mailbox.inlineQrCode(mail, "checkin-qr"))
                .endsWith("/events/" + event.value() + "/check-in?code=" + code);

        signOut();
        TestAccounts.Created erik = signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate(EventViewRoute.path(event));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Fullt – du kan ställa dig i kö.");
        _click(_get(Button.class, spec -> spec.withText("Ställ mig i kö")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du står i kö, plats 1. Vi mejlar dig om du får en plats.");

        // leaving the queue is asked about first: a place in the queue once given up is gone
        _click(_get(Button.class, spec -> spec.withText("Lämna kön")));
        ConfirmDialog ask = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).startsWith("Lämna kön till").contains("Språkcafé för två");
        assertThat(ConfirmDialogKt.getText(ask))
                .isEqualTo("Du förlorar din plats i kön. Ställer du dig i kön igen hamnar du sist.");
        ConfirmDialogKt._fireCancel(ask);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .as("still in the queue")
                .contains("Du står i kö, plats 1. Vi mejlar dig om du får en plats.");

        // Amal cancels: Erik gets the seat and a mail about it
        SignUpConcurrencyIT.as(amal, Roles.RESIDENT, () -> {
            signUps.cancel(event);
            return null;
        });
        var promoted = Mailbox.awaitCount(smtp, erik.email(), 2).getLast();
        assertThat(Mailbox.text(promoted)).contains("Språkcafé för två");
        assertThat(Mailbox.inlineQrCode(promoted, "checkin-qr"))
                .contains("/events/" + event.value() + "/check-in?code=");
        assertThat(jdbc.queryForObject(
                        "select status from events_signup where event_id = ? and account_id = ?",
                        String.class,
                        event.value(),
                        erik.id().value()))
                .isEqualTo("CONFIRMED");
    }

    @Test
    void eventsAreListedAndFilteredForEveryone() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String unique = "Schackklubb " + System.nanoTime();
        SignUpConcurrencyIT.as(staff, Roles.STAFF, () -> editing.create(SignUpConcurrencyIT.draft(unique, 8)));
        UI.getCurrent().navigate("events");
        assertThat(_get(H1.class).getText()).isEqualTo("Evenemang");
        var categoryFilter = _get(Select.class, spec -> spec.withLabel("Typ av evenemang"));
        assertThat(categoryFilter.getItemLabelGenerator().apply(null))
                .as("the empty choice reads 'Alla'")
                .isEqualTo("Alla");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue(unique.toLowerCase());
        @SuppressWarnings("unchecked")
        VirtualList<EventSummary> list = _get(VirtualList.class);
        assertThat(list.getDataProvider().fetch(new Query<>()).map(EventSummary::title))
                .contains(unique);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("1 evenemang");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue("finns inte " + System.nanoTime());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Inga evenemang matchar just nu. Prova att ta bort något filter.");
    }

    @Test
    void onlyStaffPublishAndOnlyOrganisersAndStaffSeeWhoIsComing() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        EventId event = SignUpConcurrencyIT.as(
                staff, Roles.STAFF, () -> editing.create(SignUpConcurrencyIT.draft("Stickcafé", 5)));
        assertThatThrownBy(() -> SignUpConcurrencyIT.as(
                        resident, Roles.RESIDENT, () -> editing.create(SignUpConcurrencyIT.draft("Eget", 5))))
                .isInstanceOf(AccessDeniedException.class);
        SignUpConcurrencyIT.as(resident, Roles.RESIDENT, () -> signUps.signUp(event));
        assertThatThrownBy(() -> SignUpConcurrencyIT.as(resident, Roles.RESIDENT, () -> checkIns.attendees(event)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignUpConcurrencyIT.as(resident, Roles.RESIDENT, () -> {
                    editing.cancel(event, "Vill inte");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignUpConcurrencyIT.as(staff, Roles.STAFF, () -> checkIns.attendees(event)))
                .extracting(Attendee::displayName)
                .containsExactly("Amal");
        String csv = new String(
                SignUpConcurrencyIT.as(
                        staff, Roles.STAFF, () -> checkIns.attendeesCsv(event, Locale.forLanguageTag("sv"))),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFname,code,status,group,adults,children,seats,signed_up,checked_in")
                .contains("Amal,")
                .contains("CONFIRMED");
        assertThatThrownBy(() -> SignUpConcurrencyIT.as(
                        resident, Roles.RESIDENT, () -> checkIns.attendeesCsv(event, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signingUpAfterCancellationIsRefusedWithAMessage() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        EventId event = SignUpConcurrencyIT.as(
                staff, Roles.STAFF, () -> editing.create(SignUpConcurrencyIT.draft("Inställt", 5)));
        SignUpConcurrencyIT.as(staff, Roles.STAFF, () -> {
            editing.cancel(event, "Sjukdom");
            return null;
        });
        assertThatThrownBy(() -> SignUpConcurrencyIT.as(resident, Roles.RESIDENT, () -> signUps.signUp(event)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("events.signup.cancelled"));
    }

    @Test
    void staffCancelAnEventAndEveryoneSignedUpOrWaitingIsToldWhy() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = SignUpConcurrencyIT.as(
                staff, Roles.STAFF, () -> editing.create(SignUpConcurrencyIT.draft("Utflykt till skogen", 1)));
        TestAccounts.Created seated = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created waiting = accounts.create("Erik", Roles.RESIDENT);
        SignUpConcurrencyIT.as(seated, Roles.RESIDENT, () -> signUps.signUp(event));
        SignUpConcurrencyIT.as(waiting, Roles.RESIDENT, () -> signUps.signUp(event));

        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("events/" + event.value());
        _click(_get(Button.class, spec -> spec.withText("Ställ in evenemanget")));
        _click(_get(Button.class, spec -> spec.withText("Ställ in")));
        var reason = _get(TextArea.class, spec -> spec.withLabel("Anledning"));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        reason.setValue("Stormvarning");
        _click(_get(Button.class, spec -> spec.withText("Ställ in")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Evenemanget är inställt.");

        for (TestAccounts.Created person : List.of(seated, waiting)) {
            var mail = Mailbox.awaitCount(smtp, person.email(), 2).stream()
                    .filter(m -> Mailbox.text(m).contains("Stormvarning"))
                    .findFirst()
                    .orElseThrow();
            assertThat(Mailbox.text(mail)).contains("Utflykt till skogen");
        }
    }

    private long countEvents() {
        Long n = jdbc.queryForObject("select count(*) from events_event", Long.class);
        return n == null ? 0 : n;
    }

    /** The event page's location for UI.navigate. */
    static final class EventViewRoute {
        static String path(EventId id) {
            return "events/" + id.value();
        }
    }
}
