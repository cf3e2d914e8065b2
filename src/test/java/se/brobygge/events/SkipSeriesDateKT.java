package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** The organiser takes one date out of a published series; its people are told, as on cancelling. */
class SkipSeriesDateKT extends KaribuTest {

    @Autowired
    EventSeriesService eventSeries;

    @Autowired
    EventService events;

    @Autowired
    SignUpService signUps;

    @Test
    @SuppressWarnings("unchecked")
    void theOrganiserSkipsADateOfTheSeriesAndThoseSignedUpForItAreTold() {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventDraft first = TestEvents.draft("Läxhjälp " + System.nanoTime(), 5);
        LocalDate firstDate = first.startsAt().toLocalDate();
        List<EventId> ids = RunAs.as(
                lina,
                Roles.STAFF,
                () -> eventSeries.createSeries(
                        first, new SeriesRule(SeriesRule.Frequency.WEEKLY, firstDate.plusWeeks(2), Set.of())));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(ids.get(1)));
        SeriesId series =
                Objects.requireNonNull(events.event(ids.get(1)).orElseThrow().seriesId());
        LocalDate skipped = firstDate.plusWeeks(1);

        signInAs(lina, Roles.STAFF);
        UI.getCurrent().navigate("events/series/" + series.value());
        Select<LocalDate> date = _get(Select.class, spec -> spec.withLabel("Datum"));
        date.setValue(skipped);
        _click(_get(Button.class, spec -> spec.withText("Ställ in det här datumet")));
        TextArea reason = _get(TextArea.class, spec -> spec.withLabel("Anledning"));
        assertThat(reason.isInvalid()).as("a reason is needed").isTrue();
        assertThat(events.event(ids.get(1)).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        reason.setValue("Skolan är stängd den dagen");
        _click(_get(Button.class, spec -> spec.withText("Ställ in det här datumet")));

        String shown = Formats.date(skipped, Locale.forLanguageTag("sv"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Inga träffar: " + shown + ".");
        assertThat(eventSeries.series(series).orElseThrow().skipped()).containsExactly(skipped);
        assertThat(events.event(ids.get(1)).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(events.event(ids.get(2)).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(_get(Select.class, spec -> spec.withLabel("Datum"))
                        .getListDataView()
                        .getItems())
                .as("the skipped date can no longer be picked")
                .doesNotContain(skipped)
                .contains(firstDate.plusWeeks(2));
        var mail = Mailbox.awaitCount(smtp, amal.email(), 2).stream()
                .filter(m -> Mailbox.text(m).contains("Skolan är stängd den dagen"))
                .findFirst()
                .orElseThrow();
        assertThat(Mailbox.text(mail)).contains(first.title());

        assertThatThrownBy(() -> RunAs.run(
                        amal,
                        Roles.RESIDENT,
                        () -> eventSeries.skipDate(series, firstDate.plusWeeks(2), "Jag vill inte")))
                .as("only the organiser or staff")
                .isInstanceOf(AccessDeniedException.class);
    }
}
