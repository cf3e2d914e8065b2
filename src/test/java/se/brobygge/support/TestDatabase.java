package se.brobygge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The database of the test run, started once per JVM: the server named by BROBYGGE_TEST_DB_URL
 * (CI uses the MariaDB server of the machine), else an embedded MariaDB in a temporary folder.
 * Flyway migrates it once; tests isolate themselves by creating their own data.
 */
public final class TestDatabase {

    public record Connection(String url, String user, String password) {}

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection connection() {
        if (connection == null) {
            String url = System.getenv("BROBYGGE_TEST_DB_URL");
            if (url != null && !url.isBlank()) {
                connection =
                        new Connection(url, env("BROBYGGE_TEST_DB_USER", "root"), env("BROBYGGE_TEST_DB_PASSWORD", ""));
            } else {
                try {
                    Path dir = Files.createTempDirectory("brobygge-test-db");
                    EmbeddedMariaDb db = EmbeddedMariaDb.start(dir.resolve("data"), true);
                    Runtime.getRuntime().addShutdownHook(new Thread(db::kill, "test-mariadb-stop"));
                    connection = new Connection(db.jdbcUrl("brobygge_test"), "root", "");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return connection;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
