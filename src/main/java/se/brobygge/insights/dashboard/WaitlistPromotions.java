package se.brobygge.insights.dashboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.brobygge.events.WaitlistPromoted;

/** Keeps a row per waitlist promotion (by sign-up, not by person), which the events module does not keep. */
@Component
class WaitlistPromotions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    WaitlistPromotions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WaitlistPromoted promoted) {
        jdbc.update(
                """
                INSERT INTO insights_waitlist_promotion (event_id, signup_id, promoted_at)
                SELECT event_id, id, ? FROM events_signup WHERE event_id = ? AND account_id = ?""",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                promoted.eventId().value(),
                promoted.accountId().value());
    }
}
