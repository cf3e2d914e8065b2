package se.brobygge.mentoring.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/**
 * Deletes mentorships that ended (closed, ended early, declined or expired) longer ago than
 * {@code brobygge.retention.closed-mentorships}, with their meeting log and check-ins.
 */
@Component
class ClosedMentorshipRetention implements RetentionRule {

    private static final String OLD = "select m.id from mentoring_mentorship m where m.status in "
            + "('CLOSED', 'ENDED_EARLY', 'DECLINED', 'EXPIRED') and coalesce(m.ended_at, m.expires_at) < ?";

    private final JdbcTemplate jdbc;

    ClosedMentorshipRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "mentoring.closed-mentorships";
    }

    @Override
    @Transactional
    public int apply(RetentionSchedule schedule, Instant now) {
        LocalDateTime cutoff = RetentionSchedule.cutoff(now, schedule.closedMentorships());
        List<Long> ids = jdbc.query(OLD, (rs, row) -> rs.getLong(1), cutoff);
        if (ids.isEmpty()) {
            return 0;
        }
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Object[] args = ids.toArray();
        jdbc.update("delete from mentoring_meeting where mentorship_id in (" + in + ")", args);
        jdbc.update("delete from mentoring_checkin where mentorship_id in (" + in + ")", args);
        return jdbc.update("delete from mentoring_mentorship where id in (" + in + ")", args);
    }
}
