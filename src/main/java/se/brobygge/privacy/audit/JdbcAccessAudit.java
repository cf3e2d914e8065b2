package se.brobygge.privacy.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.StaffAccess;

/**
 * Stores audit records with plain JDBC on the transaction's connection (JPA's transaction manager
 * shares it), so a record commits or rolls back with the access it describes.
 */
@Component
class JdbcAccessAudit implements AccessAudit {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcAccessAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(StaffAccess access) {
        jdbc.update(
                "insert into privacy_audit (at, actor_id, kind, subject_account_id, what, place) "
                        + "values (?, ?, ?, ?, ?, ?)",
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                access.actorId(),
                access.kind().name(),
                access.subjectAccountId(),
                access.what(),
                access.where());
    }
}
