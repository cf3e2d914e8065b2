package se.brobygge.shared.privacy;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a person's rows for an export: every row of each table where one of its account columns
 * holds the person's id, as JSON-ready maps. Columns named in {@code omit} (secrets) and binary
 * columns are left out; times become ISO-8601 text.
 */
public final class AccountRows {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;

    public AccountRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry per table: the list of the person's rows in it. */
    public Map<String, Object> export(Map<String, Set<String>> accountColumns, long accountId, Set<String> omit) {
        Map<String, Object> tables = new LinkedHashMap<>();
        new TreeMap<>(accountColumns)
                .forEach((table, columns) -> tables.put(table, rows(table, columns, accountId, omit)));
        return tables;
    }

    public List<Map<String, Object>> rows(String table, Set<String> columns, long accountId, Set<String> omit) {
        check(table);
        columns.forEach(AccountRows::check);
        String where = String.join(
                " OR ", columns.stream().sorted().map(c -> c + " = ?").toList());
        Object[] args = columns.stream().map(c -> (Object) accountId).toArray();
        return query(omit, "SELECT * FROM " + table + " WHERE " + where, args);
    }

    /** Rows of any query, made JSON-ready as above. */
    public List<Map<String, Object>> query(String sql, Object... args) {
        return query(Set.of(), sql, args);
    }

    private List<Map<String, Object>> query(Set<String> omit, String sql, Object... args) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, args)) {
            Map<String, Object> clean = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase(Locale.ROOT);
                if (!omit.contains(name) && !(value instanceof byte[])) {
                    clean.put(name, plain(value));
                }
            });
            rows.add(clean);
        }
        return rows;
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof TemporalAccessor || value instanceof Date || value instanceof Time) {
            return value.toString();
        }
        return value;
    }

    private static void check(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a table or column name: " + name);
        }
    }
}
