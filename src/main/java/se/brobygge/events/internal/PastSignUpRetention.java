package se.brobygge.events.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/**
 * Anonymises sign-ups to events that ended longer ago than {@code brobygge.retention.past-sign-ups}:
 * the row keeps its event, status and check-in time for the statistics, and loses the person, the
 * answers to the organiser's questions and a guest's link.
 */
@Component
class PastSignUpRetention implements RetentionRule {

    private final JdbcTemplate jdbc;

    PastSignUpRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "events.past-sign-ups";
    }

    @Override
    @Transactional
    public int apply(RetentionSchedule schedule, Instant now) {
        LocalDateTime cutoff = RetentionSchedule.cutoff(now, schedule.pastSignUps());
        String past = "select e.id from events_event e where e.ends_at < ?";
        jdbc.update(
                "delete a from events_signup_answer a join events_signup s on s.id = a.signup_id "
                        + "where s.account_id is not null and s.event_id in (" + past + ")",
                cutoff);
        return jdbc.update(
                "update events_signup set account_id = null, guest_token_hash = null "
                        + "where account_id is not null and event_id in (" + past + ")",
                cutoff);
    }
}
