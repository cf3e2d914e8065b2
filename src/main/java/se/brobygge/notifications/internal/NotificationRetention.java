package se.brobygge.notifications.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.retention.RetentionRule;
import se.brobygge.shared.retention.RetentionSchedule;

/** The notifications module's retention rules: read in-app notifications and sent mails. */
final class NotificationRetention {

    private NotificationRetention() {}

    /** Deletes in-app notifications read longer ago than {@code brobygge.retention.read-notifications}. */
    @Component
    static class ReadNotifications implements RetentionRule {

        private final JdbcTemplate jdbc;

        ReadNotifications(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return "notifications.read-notifications";
        }

        @Override
        @Transactional
        public int apply(RetentionSchedule schedule, Instant now) {
            return jdbc.update(
                    "delete from notifications_notification where read_at < ?",
                    RetentionSchedule.cutoff(now, schedule.readNotifications()));
        }
    }

    /**
     * Deletes mails from the outbox (address, subject and text) sent, or given up on, longer ago
     * than {@code brobygge.retention.sent-mails}. Pending mails stay.
     */
    @Component
    static class SentMails implements RetentionRule {

        private final JdbcTemplate jdbc;

        SentMails(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String name() {
            return "notifications.sent-mails";
        }

        @Override
        @Transactional
        public int apply(RetentionSchedule schedule, Instant now) {
            LocalDateTime cutoff = RetentionSchedule.cutoff(now, schedule.sentMails());
            // found first without locks, then deleted by key: the dispatcher locks pending rows meanwhile
            List<Long> ids = jdbc.query(
                    "select id from notifications_mail where "
                            + "(status = 'SENT' and sent_at < ?) or (status = 'FAILED' and created_at < ?)",
                    (rs, row) -> rs.getLong(1),
                    cutoff,
                    cutoff);
            int deleted = 0;
            for (int from = 0; from < ids.size(); from += 500) {
                List<Long> batch = ids.subList(from, Math.min(ids.size(), from + 500));
                deleted += jdbc.update(
                        "delete from notifications_mail where status <> 'PENDING' and id in ("
                                + String.join(",", Collections.nCopies(batch.size(), "?")) + ")",
                        batch.toArray());
            }
            return deleted;
        }
    }
}
