package se.brobygge.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** A seat that comes free goes to the first person waiting, and the dashboard counts that promotion. */
@IntegrationTest
class WaitlistPromotionsIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPromotionFromTheWaitlistIsKeptForTheDashboard() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created karin = accounts.create("Karin", Roles.RESIDENT);
        EventId id = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé", 1)));
        RunAs.as(erik, Roles.RESIDENT, () -> signUps.signUp(id));
        RunAs.as(karin, Roles.RESIDENT, () -> signUps.signUp(id));
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.cancel(id));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT s.account_id FROM insights_waitlist_promotion w JOIN events_signup s ON s.id = w.signup_id "
                                        + "WHERE w.event_id = ?",
                                Long.class,
                                id.value()))
                        .containsExactly(karin.id().value()));
    }
}
