package se.brobygge.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.messaging.RelationshipSource;

/**
 * An event's organiser and a person with a seat or a place in line may write to each other, from
 * the sign-up until a week after the event (questions afterwards, lost property). A cancelled
 * sign-up or a cancelled event ends the relationship.
 */
@Component
class EventRelationships implements RelationshipSource {

    static final Duration AFTER_THE_EVENT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    EventRelationships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Relationship> between(long accountA, long accountB) {
        if (accountA == accountB) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT e.id, e.title, e.starts_at FROM events_event e
                JOIN events_signup s ON s.event_id = e.id
                WHERE e.status = 'PUBLISHED' AND s.status IN ('CONFIRMED', 'WAITING') AND e.ends_at > ?
                  AND ((e.organiser_id = ? AND s.account_id = ?) OR (e.organiser_id = ? AND s.account_id = ?))
                ORDER BY e.starts_at LIMIT 20""")
                .params(since(), accountA, accountB, accountB, accountA)
                .query((rs, n) -> relationship(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> contactsOf(long accountId) {
        return jdbc.sql("""
                SELECT s.account_id AS other, e.id, e.title, e.starts_at FROM events_event e
                JOIN events_signup s ON s.event_id = e.id
                WHERE e.organiser_id = ? AND s.account_id <> ? AND e.status = 'PUBLISHED'
                  AND s.status IN ('CONFIRMED', 'WAITING') AND e.ends_at > ?
                UNION ALL
                SELECT e.organiser_id AS other, e.id, e.title, e.starts_at FROM events_event e
                JOIN events_signup s ON s.event_id = e.id
                WHERE s.account_id = ? AND e.organiser_id <> ? AND e.status = 'PUBLISHED'
                  AND s.status IN ('CONFIRMED', 'WAITING') AND e.ends_at > ?
                ORDER BY starts_at LIMIT 200""")
                .params(accountId, accountId, since(), accountId, accountId, since())
                .query((rs, n) -> new Contact(rs.getLong("other"), relationship(rs)))
                .list();
    }

    private LocalDateTime since() {
        return LocalDateTime.ofInstant(clock.instant().minus(AFTER_THE_EVENT), ZoneOffset.UTC);
    }

    private static Relationship relationship(ResultSet rs) throws SQLException {
        Instant startsAt = rs.getObject("starts_at", LocalDateTime.class).toInstant(ZoneOffset.UTC);
        // the label is shown in any language: the title and an ISO date in the municipality's zone
        String date = startsAt.atZone(Formats.MUNICIPALITY_ZONE).toLocalDate().toString();
        return new Relationship("event", rs.getString("title") + " (" + date + ")", "/events/" + rs.getLong("id"));
    }
}
