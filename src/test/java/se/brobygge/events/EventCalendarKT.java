package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** The month calendar shows events on their day; the language filter narrows it. */
class EventCalendarKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Test
    @SuppressWarnings("unchecked")
    void eventsAppearOnTheirDayInTheMonthCalendar() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String title = "Kalendercafé " + System.nanoTime();
        EventId id = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft(title, 5)));
        YearMonth month = YearMonth.from(
                LocalDateTime.ofInstant(events.event(id).orElseThrow().startsAt(), Formats.MUNICIPALITY_ZONE));

        // other tests fill the same day with events; the search box keeps this one in view
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("q", title)));
        RadioButtonGroup<String> mode = _get(RadioButtonGroup.class, spec -> spec.withLabel("Visa som"));
        mode.setValue("month");
        if (!month.equals(YearMonth.now(Formats.MUNICIPALITY_ZONE))) {
            _click(_get(Button.class, spec -> spec.withText("Nästa månad")));
        }
        assertThat(links()).anyMatch(t -> t.endsWith(" " + title));

        // the draft's languages are Swedish and Arabic: Somali finds nothing
        _get(Details.class, spec -> spec.withClasses("more-filters")).setOpened(true);
        Select<String> language = _get(Select.class, spec -> spec.withLabel("Språk som talas"));
        language.setValue("so");
        assertThat(links()).noneMatch(t -> t.endsWith(" " + title));
        language.setValue("ar");
        assertThat(links()).anyMatch(t -> t.endsWith(" " + title));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCrowdedDayShowsFourAndLinksToTheRest() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String word = "Trängselcafé" + System.nanoTime();
        LocalDateTime start = LocalDateTime.now(Formats.MUNICIPALITY_ZONE)
                .plusDays(40)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        for (int i = 0; i < 6; i++) {
            LocalDateTime at = start.plusMinutes(10L * i);
            EventDraft draft = TestEvents.draft(word + " " + i, 5).at(at, at.plusHours(1), null);
            RunAs.as(staff, Roles.STAFF, () -> editing.create(draft));
        }
        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("view", "month", "q", word)));
        YearMonth month = YearMonth.from(start);
        YearMonth shown = YearMonth.now(Formats.MUNICIPALITY_ZONE);
        while (shown.isBefore(month)) {
            _click(_get(Button.class, spec -> spec.withText("Nästa månad")));
            shown = shown.plusMonths(1);
        }
        assertThat(links())
                .filteredOn(t -> t.contains(word))
                .hasSize(4)
                .first()
                .asString()
                .endsWith(word + " 0");
        Anchor more = _get(Anchor.class, spec -> spec.withText("+2 till"));
        assertThat(more.getHref()).isEqualTo("events?from=" + start.toLocalDate() + "&to=" + start.toLocalDate());
    }

    private static List<String> links() {
        // a title is isolated from the time before it (U+2068 … U+2069), which nobody sees
        return _find(RouterLink.class).stream()
                .map(link -> link.getText().replace("\u2068", "").replace("\u2069", ""))
                .toList();
    }
}
