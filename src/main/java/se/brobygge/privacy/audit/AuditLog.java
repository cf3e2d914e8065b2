package se.brobygge.privacy.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.csv.CsvWriter;

/**
 * The staff-access audit log for administrators: filtered pages for the grid and a CSV export. The
 * export is itself an access to people's data and is recorded.
 */
@Service
@PreAuthorize(Roles.HAS_ADMIN)
public class AuditLog {

    private static final DateTimeFormatter CSV_TIME =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/Stockholm"));

    private final JdbcTemplate jdbc;
    private final Recipients recipients;
    private final CurrentUser currentUser;
    private final AccessAudit audit;

    AuditLog(JdbcTemplate jdbc, Recipients recipients, CurrentUser currentUser, AccessAudit audit) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Records matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Query q = where(filter);
        q.args.add(limit);
        q.args.add(offset);
        List<Row> rows = jdbc.query(
                "select id, at, actor_id, kind, subject_account_id, what, place from privacy_audit" + q.sql
                        + " order by at desc, id desc limit ? offset ?",
                AuditLog::row,
                q.args.toArray());
        return named(rows);
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        Query q = where(filter);
        Integer n = jdbc.queryForObject("select count(*) from privacy_audit" + q.sql, Integer.class, q.args.toArray());
        return n == null ? 0 : n;
    }

    /** Everyone who has an entry in the log as the one who accessed, by name. */
    @Transactional(readOnly = true)
    public List<Actor> actors() {
        List<Long> ids = jdbc.query("select distinct actor_id from privacy_audit", (rs, row) -> rs.getLong(1));
        Map<AccountId, String> names =
                recipients.displayNames(ids.stream().map(AccountId::new).toList());
        return ids.stream()
                .map(AccountId::new)
                .map(id -> new Actor(id, names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(Actor::displayName))
                .toList();
    }

    /**
     * The matching records as CSV (UTF-8 with a byte-order mark for spreadsheet programs): time,
     * who, kind, whose data, what, where. The export is recorded in the log.
     */
    @Transactional
    public byte[] csv(AuditFilter filter) {
        audit.record(new StaffAccess(
                currentUser.require().value(), AccessKind.EXPORT, null, "privacy:audit-csv", "/admin/audit"));
        List<AuditEntry> entries = find(filter, 0, Integer.MAX_VALUE);
        CsvWriter csv =
                CsvWriter.withHeader("time", "actor_id", "actor", "kind", "subject_id", "subject", "what", "where");
        for (AuditEntry e : entries) {
            csv.row(
                    CSV_TIME.format(e.at()),
                    e.actorId().value(),
                    e.actorName(),
                    e.kind(),
                    e.subjectAccountId() == null ? "" : e.subjectAccountId().value(),
                    e.subjectName(),
                    e.what(),
                    e.where());
        }
        return csv.toBytes();
    }

    private List<AuditEntry> named(List<Row> rows) {
        Set<AccountId> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(new AccountId(r.actorId));
            if (r.subjectId != null) {
                ids.add(new AccountId(r.subjectId));
            }
        });
        Map<AccountId, String> names = ids.isEmpty() ? Map.of() : recipients.displayNames(ids);
        return rows.stream()
                .map(r -> new AuditEntry(
                        r.id,
                        r.at,
                        new AccountId(r.actorId),
                        names.getOrDefault(new AccountId(r.actorId), ""),
                        AccessKind.valueOf(r.kind),
                        r.subjectId == null ? null : new AccountId(r.subjectId),
                        r.subjectId == null ? "" : names.getOrDefault(new AccountId(r.subjectId), ""),
                        r.what,
                        r.where))
                .toList();
    }

    private static Query where(AuditFilter filter) {
        Query q = new Query();
        List<String> conditions = new ArrayList<>();
        AccountId actor = filter.actorId();
        if (actor != null) {
            conditions.add("actor_id = ?");
            q.args.add(actor.value());
        }
        if (filter.kind() != null) {
            conditions.add("kind = ?");
            q.args.add(filter.kind().name());
        }
        if (filter.from() != null) {
            conditions.add("at >= ?");
            q.args.add(LocalDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            conditions.add("at < ?");
            q.args.add(LocalDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        q.sql = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return q;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long subject = rs.getLong("subject_account_id");
        Long subjectId = rs.wasNull() ? null : subject;
        return new Row(
                rs.getLong("id"),
                rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getLong("actor_id"),
                rs.getString("kind"),
                subjectId,
                rs.getString("what"),
                rs.getString("place"));
    }

    private record Row(
            long id,
            Instant at,
            long actorId,
            String kind,
            @Nullable Long subjectId,
            String what,
            String where) {}

    private static final class Query {
        String sql = "";
        final List<Object> args = new ArrayList<>();
    }
}
