package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;

/**
 * Staff publish a weekly series with a skipped week, reserved places for newcomers and a question
 * in the editor; a newcomer signs up for a reserved place and answers; the organiser approves;
 * one date is changed on its own.
 */
class EventSeriesKT extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aWeeklySeriesWithReservedPlacesQuestionsAndApproval() {
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("events/new");
        String title = "Kvällscafé " + System.nanoTime();
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget")).setValue(title);
        LocalDateTime start = LocalDateTime.now()
                .plusDays(3)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        _get(DateTimePicker.class, spec -> spec.withLabel("Börjar")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withLabel("Slutar")).setValue(start.plusHours(2));
        _get(TextField.class, spec -> spec.withLabel("Länk för att delta på nätet"))
                .setValue("https://meet.brohamn.example/kvall");
        _get(IntegerField.class, spec -> spec.withLabel("Antal platser")).setValue(10);
        IntegerField reserved = _get(IntegerField.class, spec -> spec.withLabel("Reserverade platser"));
        reserved.setValue(12);
        _get(Checkbox.class, spec -> spec.withLabel("Jag godkänner varje anmälan själv"))
                .setValue(true);
        _get(TextField.class, spec -> spec.withLabel("Fråga 1 vid anmälan")).setValue("Behöver du tolk?");
        Select<Object> repeat = _get(Select.class, spec -> spec.withLabel("Upprepas"));
        repeat.setValue(SeriesRule.Frequency.WEEKLY);
        _get(DatePicker.class, spec -> spec.withLabel("Sista datum"))
                .setValue(start.toLocalDate().plusWeeks(3));
        CheckboxGroup<LocalDate> dates = _get(CheckboxGroup.class, spec -> spec.withLabel("Tillfällen"));
        assertThat(dates.getValue()).hasSize(4);
        var withoutSecondWeek = new HashSet<>(dates.getValue());
        withoutSecondWeek.remove(start.toLocalDate().plusWeeks(1));
        dates.setValue(withoutSecondWeek);

        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(reserved.isInvalid()).isTrue();
        assertThat(reserved.getErrorMessage())
                .isEqualTo("De reserverade platserna får inte vara fler än antalet platser.");
        assertThat(count(title)).as("nothing saved").isZero();

        reserved.setValue(4);
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(count(title)).isEqualTo(3);
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        assertThat(texts()).anyMatch(t -> t.contains("4 av dem är reserverade för Nyanlända"));

        // the series page lists the three dates and says which one is skipped
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Se alla datum i serien"))
                        .getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Alla datum: " + title);
        assertThat(texts()).anyMatch(t -> t.startsWith("Inga träffar: "));
        String firstPath = _find(RouterLink.class).stream()
                .filter(l -> l.getText().equals(title))
                .findFirst()
                .orElseThrow()
                .getHref();

        // a newcomer signs up for a reserved place and answers the question
        signOut();
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate(firstPath);
        _get(Checkbox.class, spec -> spec.withLabel("Jag hör till gruppen Nyanlända (reserverade platser kvar: 4)"))
                .setValue(true);
        _get(TextField.class, spec -> spec.withLabel("Behöver du tolk?")).setValue("Ja, arabiska");
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        assertThat(texts()).contains("Din anmälan väntar på arrangörens godkännande.");

        // the organiser approves: Amal gets a reserved place
        signOut();
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate(firstPath);
        assertThat(texts()).contains("Ja, arabiska");
        _click(_get(Button.class, spec -> spec.withText("Godkänn")));
        assertThat(jdbc.queryForObject(
                        "select s.seat_group from events_signup s join events_event e on e.id = s.event_id"
                                + " where e.title = ? and s.status = 'CONFIRMED'",
                        String.class,
                        title))
                .isEqualTo("NEWCOMERS");

        // changing this date only
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Ändra evenemanget"))
                        .getHref());
        RadioButtonGroup<Object> scope = _get(RadioButtonGroup.class, spec -> spec.withLabel("Vad vill du ändra?"));
        assertThat(scope.getValue()).hasToString("THIS");
        _get(TextField.class, spec -> spec.withLabel("Namn på evenemanget")).setValue(title + " (extra)");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_get(H1.class).getText()).isEqualTo(title + " (extra)");
        assertThat(count(title)).isEqualTo(2);
    }

    @Test
    void aResidentWithoutAnOrganisationCannotOpenTheEditor() {
        signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate("events/new");
        assertThat(_find(H1.class).stream().map(H1::getText)).doesNotContain("Nytt evenemang");
    }

    private long count(String title) {
        Long n = jdbc.queryForObject("select count(*) from events_event where title = ?", Long.class, title);
        return n == null ? 0 : n;
    }

    private static List<String> texts() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
