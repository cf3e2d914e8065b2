package se.brobygge.associations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * An association's page lists every upcoming event it organises, also those not made from an
 * activity, and none that is cancelled or over.
 */
class AssociationEventsKT extends KaribuTest {

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationReviewService associationReview;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePageListsUpcomingEventsOrganisedForTheAssociationButNotCancelledOrPastOnes() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Evenemang IF"))));
        RunAs.run(staff, Roles.STAFF, () -> associationReview.verify(id));
        OnBehalfOf association = new OnBehalfOf(OrganisationKind.ASSOCIATION, id.value());
        String marker = Long.toString(System.nanoTime(), 36);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);

        EventId upcoming = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> editing.create(onBehalf(TestEvents.draft("Öppen träning " + marker, 20), association)));
        EventId cancelled = RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> editing.create(onBehalf(TestEvents.draft("Inställd träning " + marker, 20), association)));
        RunAs.run(sara, Roles.RESIDENT, () -> editing.cancel(cancelled, "Hallen är stängd"));
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> editing.create(onBehalf(
                        TestEvents.draft("Snart över " + marker, 20).at(now.plusMinutes(30), now.plusHours(1), null),
                        association)));
        RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Kommunens kväll " + marker, 20)));
        clock.advance(Duration.ofHours(2));

        assertThat(events.upcomingOrganisedBy(association, 10))
                .extracting(EventSummary::id)
                .containsExactly(upcoming);

        UI.getCurrent().navigate("associations/" + id.value());
        Section section = _get(Section.class, spec -> spec.withClasses("association-events"));
        List<Anchor> listed = _find(section, Anchor.class);
        assertThat(listed).hasSize(1);
        assertThat(listed.getFirst().getText()).startsWith("Öppen träning " + marker + " – ");
        assertThat(listed.getFirst().getHref()).isEqualTo("events/" + upcoming);
    }

    private static EventDraft onBehalf(EventDraft d, OnBehalfOf organisation) {
        return d.toBuilder().onBehalfOf(organisation).build();
    }
}
