package se.brobygge.associations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** A representative changes an activity after adding it; bad input is shown, nothing half saved. */
class ChangeActivityKT extends KaribuTest {

    @Autowired
    AssociationService associations;

    @Autowired
    ActivityService activities;

    @Test
    void aRepresentativeChangesTheTimeOfAnActivity() {
        TestAccounts.Created sara = signIn("Sara", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Schack IF"))));
        Activity activity = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> activities.add(
                        id,
                        new ActivityDraft(
                                "Schack för nybörjare",
                                "Vi lär oss schack.",
                                DayOfWeek.MONDAY,
                                LocalTime.of(17, 0),
                                LocalTime.of(18, 0),
                                Recurrence.WEEKLY,
                                null)));

        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        _click(_get(Button.class, spec -> spec.withText("Ändra Schack för nybörjare")));
        TextField title = _get(TextField.class, spec -> spec.withLabel("Namn på aktiviteten"));
        assertThat(title.getValue()).as("the form shows the activity").isEqualTo("Schack för nybörjare");
        TimePicker ends = _get(TimePicker.class, spec -> spec.withLabel("Slutar"));
        ends.setValue(LocalTime.of(16, 0));
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna i aktiviteten")));
        assertThat(ends.getErrorMessage()).isEqualTo("Sluttiden måste vara efter starttiden.");

        title.setValue("Schack för alla");
        ends.setValue(LocalTime.of(19, 30));
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna i aktiviteten")));

        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Schack för alla")
                .doesNotContain("Schack för nybörjare");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Aktiviteten är ändrad."));
        Activity changed = RunAs.as(
                        sara,
                        Roles.RESIDENT,
                        () -> activities.of(List.of(associations.find(id).orElseThrow())))
                .get(id)
                .getFirst();
        assertThat(changed.endsAt()).isEqualTo(LocalTime.of(19, 30));
        assertThat(changed.id()).isEqualTo(activity.id());

        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        assertThatThrownBy(() -> RunAs.run(
                        erik,
                        Roles.RESIDENT,
                        () -> activities.update(
                                activity.id(),
                                new ActivityDraft(
                                        "Kapat", "", DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.MIDNIGHT, null, null),
                                changed.version())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
