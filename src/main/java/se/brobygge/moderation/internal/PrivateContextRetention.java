package se.brobygge.moderation.internal;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/**
 * Deletes the copies of the messages before a reported private message (the context a moderator
 * reads it in) once the item has been out of the queue for
 * {@code brobygge.retention.private-message-context}: they are other people's private messages,
 * needed for the decision and an appeal, not for the record. The reported message itself and the
 * decision stay.
 */
@Component
class PrivateContextRetention implements RetentionRule {

    private final JdbcTemplate jdbc;

    PrivateContextRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "moderation.private-message-context";
    }

    @Override
    @Transactional
    public int apply(RetentionSchedule schedule, Instant now) {
        return jdbc.update(
                "update moderation_item set context = null where private_content = true "
                        + "and context is not null and review is null and updated_at < ?",
                RetentionSchedule.cutoff(now, schedule.privateMessageContext()));
    }
}
