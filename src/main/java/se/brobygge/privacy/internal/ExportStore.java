package se.brobygge.privacy.internal;

import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import se.brobygge.privacy.DataExport;
import se.brobygge.privacy.ExportStatus;

/** The privacy_export table. */
@Component
public class ExportStore {

    private static final String COLUMNS = "id, account_id, status, done_parts, total_parts, requested_at, expires_at";

    /** An export row with its owner. */
    public record Row(long accountId, DataExport export) {}

    private final JdbcTemplate jdbc;

    ExportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's requests since {@code since}, newest first. */
    public List<DataExport> recent(long accountId, Instant since) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM privacy_export WHERE account_id = ? AND requested_at >= ? "
                        + "ORDER BY requested_at DESC",
                (rs, i) -> map(rs).export(),
                accountId,
                ts(since));
    }

    /**
     * Adds a pending export.
     *
     * @throws DuplicateKeyException when the person has one being built
     */
    public long insert(long accountId, String language, int totalParts, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "INSERT INTO privacy_export (account_id, busy_account_id, "
                                    + "status, done_parts, total_parts, language, requested_at) VALUES (?, ?, 'PENDING', 0, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    statement.setLong(1, accountId);
                    statement.setLong(2, accountId);
                    statement.setInt(3, totalParts);
                    statement.setString(4, language);
                    statement.setTimestamp(5, ts(now));
                    return statement;
                },
                key);
        return Objects.requireNonNull(key.getKeyAs(BigInteger.class), "an insert returns its generated id")
                .longValue();
    }

    public List<DataExport> ofAccount(long accountId, Instant now) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM privacy_export WHERE account_id = ? "
                        + "AND (expires_at IS NULL OR expires_at > ?) ORDER BY requested_at DESC, id DESC",
                (rs, i) -> map(rs).export(),
                accountId,
                ts(now));
    }

    public Optional<Row> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM privacy_export WHERE id = ?", (rs, i) -> map(rs), id).stream()
                .findFirst();
    }

    public String language(long id) {
        return Objects.requireNonNull(
                jdbc.queryForObject("SELECT language FROM privacy_export WHERE id = ?", String.class, id),
                "language is NOT NULL");
    }

    public byte @Nullable [] content(long id) {
        return jdbc.query("SELECT content FROM privacy_export WHERE id = ?", (rs, i) -> rs.getBytes(1), id).stream()
                .findFirst()
                .orElse(null);
    }

    /** Moves a pending export to RUNNING; false when another worker took it first. */
    public boolean start(long id) {
        return jdbc.update("UPDATE privacy_export SET status = 'RUNNING' WHERE id = ? AND status = 'PENDING'", id) == 1;
    }

    public void progress(long id, int doneParts) {
        jdbc.update("UPDATE privacy_export SET done_parts = ? WHERE id = ?", doneParts, id);
    }

    public void ready(long id, byte[] zip, Instant now, Instant expiresAt) {
        jdbc.update(
                "UPDATE privacy_export SET status = 'READY', done_parts = total_parts, content = ?, ready_at = ?, "
                        + "expires_at = ?, busy_account_id = NULL WHERE id = ?",
                zip,
                ts(now),
                ts(expiresAt),
                id);
    }

    public void failed(long id, Instant expiresAt) {
        jdbc.update(
                "UPDATE privacy_export SET status = 'FAILED', expires_at = ?, busy_account_id = NULL WHERE id = ?",
                ts(expiresAt),
                id);
    }

    /** Ids of exports left pending (their node stopped before building them), oldest first. */
    public List<Long> stalled(Instant requestedBefore) {
        return jdbc.query(
                "SELECT id FROM privacy_export WHERE status IN ('PENDING', 'RUNNING') "
                        + "AND requested_at < ? ORDER BY id",
                (rs, row) -> rs.getLong(1),
                ts(requestedBefore));
    }

    public void restart(long id) {
        jdbc.update("UPDATE privacy_export SET status = 'PENDING', done_parts = 0 WHERE id = ?", id);
    }

    /** Deletes expired exports, ZIP and all; returns how many. */
    public int purge(Instant now) {
        return jdbc.update("DELETE FROM privacy_export WHERE expires_at <= ?", ts(now));
    }

    private static Row map(ResultSet rs) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new Row(
                rs.getLong("account_id"),
                new DataExport(
                        rs.getLong("id"),
                        ExportStatus.valueOf(rs.getString("status")),
                        rs.getInt("done_parts"),
                        rs.getInt("total_parts"),
                        rs.getTimestamp("requested_at").toInstant(),
                        expires == null ? null : expires.toInstant()));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
