package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.internal.Reminders;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Each person is reminded once, as long before as they chose; "never" means never. */
@IntegrationTest
class RemindersIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    Reminders reminders;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    PublishedRecorder published;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void remindersFollowEachPersonsChoiceAndGoOutOnce() {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventId id = as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Påminnelsecafé", 10)));
        Instant start = events.event(id).orElseThrow().startsAt();
        var byDefault = accounts.create("Standard", Roles.RESIDENT);
        var never = accounts.create("Aldrig", Roles.RESIDENT);
        var lastMinute = accounts.create("Sista minuten", Roles.RESIDENT);
        for (var person : List.of(byDefault, never, lastMinute)) {
            as(person, Roles.RESIDENT, () -> signUps.signUp(id));
        }
        run(never, Roles.RESIDENT, () -> signUps.setReminderHours(null));
        run(lastMinute, Roles.RESIDENT, () -> signUps.setReminderHours(1));
        assertThat(as(never, Roles.RESIDENT, () -> signUps.reminderHours())).isEmpty();
        assertThatThrownBy(() -> run(byDefault, Roles.RESIDENT, () -> signUps.setReminderHours(5)))
                .isInstanceOf(InvalidInputException.class);

        reminders.sendDue();
        assertThat(reminded(byDefault)).as("a week ahead: too early").isZero();

        clock.advance(Duration.between(Instant.now(), start.minus(Duration.ofHours(20))));
        reminders.sendDue();
        reminders.sendDue();
        assertThat(reminded(byDefault)).as("a day before, once").isEqualTo(1);
        assertThat(reminded(never)).isZero();
        assertThat(reminded(lastMinute)).isZero();

        clock.advance(Duration.ofHours(19).plusMinutes(30));
        reminders.sendDue();
        assertThat(reminded(lastMinute)).as("an hour before").isEqualTo(1);
        assertThat(reminded(byDefault)).isEqualTo(1);
        assertThat(reminded(never)).isZero();
    }

    private long reminded(TestAccounts.Created person) {
        return published.notificationsTo(person.id().value()).stream()
                .filter(n -> n.kind() == NotificationKind.EVENT_REMINDER)
                .map(NotificationRequested::dedupKey)
                .distinct()
                .count();
    }
}
