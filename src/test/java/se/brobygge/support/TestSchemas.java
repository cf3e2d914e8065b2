package se.brobygge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;

/**
 * Scratch schemas on the test database server, beside the shared test schema: for the backup and
 * migration tests, which need a schema no running node writes to.
 */
public final class TestSchemas {

    private static final Pattern JDBC = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?]+).*");

    public record Server(String host, int port, String user, String password, String sharedSchema) {

        public String url(String schema) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + schema;
        }

        public Connection connect(String schema) throws SQLException {
            return DriverManager.getConnection(url(schema), user, password);
        }

        /** Drops and creates {@code schema} (a name derived from the shared test schema). */
        public void recreate(String schema) throws SQLException {
            try (Connection c = DriverManager.getConnection(url(""), user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
                s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }

        public void drop(String schema) throws SQLException {
            try (Connection c = DriverManager.getConnection(url(""), user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
            }
        }

        /** Flyway as the application configures it (out of order allowed: docs/decisions/0014). */
        public Flyway flyway(String schema) {
            return Flyway.configure()
                    .dataSource(url(schema), user, password)
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .load();
        }
    }

    private TestSchemas() {}

    public static Server server() {
        return parse(TestDatabase.connection());
    }

    public static Server parse(TestDatabase.Connection db) {
        Matcher m = JDBC.matcher(db.url());
        if (!m.matches()) {
            throw new IllegalStateException("Not a MariaDB JDBC URL: " + db.url());
        }
        return new Server(
                m.group(1),
                m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                db.user(),
                db.password(),
                m.group(3));
    }
}
