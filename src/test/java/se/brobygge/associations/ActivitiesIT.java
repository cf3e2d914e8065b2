package se.brobygge.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Regular activities: representatives keep them; they become events for sign-up in the events module. */
@IntegrationTest
class ActivitiesIT {

    @Autowired
    AssociationService associations;

    @Autowired
    ActivityService activities;

    @Autowired
    EventService events;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts accounts;

    @Test
    void aRepresentativeAddsAnActivityOthersCannotAndItBecomesWeeklyEvents() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created omar = accounts.create("Omar", Roles.RESIDENT);
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Tjejfotboll"))));
        Place hall = RunAs.as(
                lina, Roles.STAFF, () -> places.create(PlaceTestData.details(unique("Sporthallen"), "Norrby")));

        ActivityDraft tuesdays = new ActivityDraft(
                "Fotboll för tjejer",
                "Alla nivåer.",
                DayOfWeek.TUESDAY,
                LocalTime.of(18, 0),
                LocalTime.of(19, 0),
                Recurrence.WEEKLY,
                hall.id().value());
        assertThatThrownBy(() -> RunAs.as(omar, Roles.RESIDENT, () -> activities.add(id, tuesdays)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(
                        sara,
                        Roles.RESIDENT,
                        () -> activities.add(
                                id,
                                new ActivityDraft(
                                        "x", "", null, LocalTime.of(19, 0), LocalTime.of(18, 0), null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("title", "weekday", "endsAt"));

        Activity added = RunAs.as(sara, Roles.RESIDENT, () -> activities.add(id, tuesdays));
        Association association = associations.find(id).orElseThrow();
        assertThat(activities.of(List.of(association)).get(id))
                .extracting(Activity::title)
                .containsExactly("Fotboll för tjejer");

        // she publishes the next four Tuesdays as a series with sign-up in the events module
        List<EventId> created = RunAs.as(sara, Roles.RESIDENT, () -> activities.publishAsEvents(added.id(), 4));
        assertThat(created).hasSize(4);
        List<EventSummary> published =
                created.stream().map(e -> events.event(e).orElseThrow()).toList();
        assertThat(published)
                .extracting(EventSummary::seriesId)
                .doesNotContainNull()
                .hasSize(4)
                .containsOnly(published.getFirst().seriesId());
        assertThat(published).allSatisfy(e -> {
            assertThat(e.title()).isEqualTo("Fotboll för tjejer");
            assertThat(e.organiserName()).isEqualTo(association.name());
            assertThat(e.placeId()).isEqualTo(hall.id());
            assertThat(e.startsAt().atZone(Formats.MUNICIPALITY_ZONE).getDayOfWeek())
                    .isEqualTo(DayOfWeek.TUESDAY);
            assertThat(e.startsAt().atZone(Formats.MUNICIPALITY_ZONE).toLocalTime())
                    .isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(published.get(1).startsAt()).isAfter(published.get(0).startsAt());
        assertThat(activities.of(List.of(association)).get(id).getFirst().eventIds())
                .containsExactlyElementsOf(created.stream().map(EventId::value).toList());
        // an unverified association's events wait for staff review in the events module
        assertThat(published).extracting(EventSummary::status).containsOnly(EventStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> RunAs.as(omar, Roles.RESIDENT, () -> activities.publishAsEvents(added.id(), 2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void monthlyActivitiesMeetOnTheSameWeekOfTheMonth() {
        var dates = activities.nextDates(DayOfWeek.TUESDAY, LocalTime.of(18, 0), Recurrence.MONTHLY, 3);
        assertThat(dates).allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
        int week = (dates.getFirst().getDayOfMonth() - 1) / 7;
        assertThat(dates.get(1).getMonth()).isNotEqualTo(dates.getFirst().getMonth());
        assertThat(dates)
                .allSatisfy(d ->
                        assertThat(Math.min(3, (d.getDayOfMonth() - 1) / 7)).isEqualTo(Math.min(3, week)));
    }
}
