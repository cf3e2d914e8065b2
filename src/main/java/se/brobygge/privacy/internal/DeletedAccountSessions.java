package se.brobygge.privacy.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountSessions;

/**
 * Ends, on this node, the sessions of accounts deleted on any node. The node that deletes an
 * account ends its own sessions at once; every node (no lock: each has its own sessions) looks at
 * the deletion log every few seconds ({@code brobygge.privacy.session-sweep}) and ends the sessions
 * it holds for accounts deleted in the last ten minutes. A deleted person's session on another node
 * is therefore dead within seconds, not at its idle timeout.
 */
@Component
class DeletedAccountSessions {

    private static final Logger log = LoggerFactory.getLogger(DeletedAccountSessions.class);
    /** Deletions looked at: generous against clocks that differ between nodes. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final AccountSessions sessions;
    private final Clock clock;
    /** Deletion log rows already handled here, until they leave the window. */
    private final Map<Long, Instant> handled = new ConcurrentHashMap<>();

    DeletedAccountSessions(JdbcTemplate jdbc, AccountSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${brobygge.privacy.session-sweep:PT5S}")
    void sweep() {
        try {
            endSessionsOfRecentlyDeleted();
        } catch (RuntimeException e) {
            log.warn("Could not read the deletion log to end sessions on this node: {}", e.toString());
        }
    }

    /** Returns how many sessions of this node it ended. */
    int endSessionsOfRecentlyDeleted() {
        Instant since = clock.instant().minus(WINDOW);
        handled.values().removeIf(at -> at.isBefore(since));
        int[] ended = {0};
        jdbc.query("SELECT id, account_id, deleted_at FROM privacy_deletion_log WHERE deleted_at >= ?", rs -> {
            long id = rs.getLong("id");
            if (handled.putIfAbsent(id, rs.getTimestamp("deleted_at").toInstant()) == null) {
                ended[0] += sessions.endAll(new AccountId(rs.getLong("account_id")));
            }
        }, Timestamp.from(since));
        if (ended[0] > 0) {
            log.info("Ended {} session(s) of deleted accounts on this node", ended[0]);
        }
        return ended[0];
    }
}
