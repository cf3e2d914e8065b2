package se.brobygge.privacy.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the schema is migrated by an owner account and the application runs as a separate database
 * user ({@code brobygge.database.app-user}, e.g. {@code 'brobygge'@'%'}), grants that user what it
 * needs after every migration: reading and writing every table, but only SELECT and INSERT on
 * {@code privacy_audit}. The same statements are documented for manual set-ups in
 * docs/decisions/0029. Without the property (one user for both, as in development) nothing is
 * granted; the triggers still refuse changes to audit rows.
 */
@Component
class AuditGrants implements Callback {

    static final String AUDIT_TABLE = "privacy_audit";
    private static final Pattern USER = Pattern.compile("'[A-Za-z0-9_.-]{1,80}'@'[A-Za-z0-9_.%:-]{1,255}'");

    private final String appUser;

    AuditGrants(@Value("${brobygge.database.app-user:}") String appUser) {
        this.appUser = appUser.strip();
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE && !appUser.isEmpty();
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), appUser);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's database user its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "privacy-audit-grants";
    }

    /** Grants {@code user} ({@code 'name'@'host'}) read and write on every table, read and insert on the audit. */
    static void grant(Connection connection, String user) throws SQLException {
        if (!USER.matcher(user).matches()) {
            throw new IllegalArgumentException("brobygge.database.app-user must look like 'name'@'host'");
        }
        List<String> tables = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = database() and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                String privileges =
                        AUDIT_TABLE.equalsIgnoreCase(table) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
                s.execute("GRANT " + privileges + " ON `" + table.replace("`", "``") + "` TO " + user);
            }
        }
    }
}
