package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.brobygge.support.EmbeddedMariaDb;
import se.brobygge.support.TestDatabase;
import se.brobygge.support.TestSchemas;

/**
 * The migrations run on an empty database and on one that holds the previous release's demo data
 * (src/test/resources/db/previous-release-demo.sql, written by {@link DemoFixture}), on the MariaDB
 * server of the machine (10.11 in CI) and on the embedded MariaDB 11.4, and Flyway validates
 * the result: an upgrade keeps working on both versions operators run.
 */
class MigrationsIT {

    private static final Logger log = LoggerFactory.getLogger(MigrationsIT.class);
    static final String FIXTURE = "db/previous-release-demo.sql";
    static final List<String> DEMO_TABLES =
            List.of("identity_account", "events_event", "places_place", "associations_association");

    static EmbeddedMariaDb embedded;
    static TestSchemas.Server embeddedServer;

    @BeforeAll
    static void startEmbedded() throws Exception {
        Path dir = Files.createTempDirectory("brobygge-migrations");
        embedded = EmbeddedMariaDb.start(dir.resolve("data"), true);
        embeddedServer =
                TestSchemas.parse(new TestDatabase.Connection(embedded.jdbcUrl("brobygge_migrations"), "root", ""));
    }

    @AfterAll
    static void stopEmbedded() {
        if (embedded != null) {
            embedded.kill();
        }
    }

    @Test
    void anEmptyDatabaseOnTheServerMigratesAndValidates() throws Exception {
        migrateEmpty(TestSchemas.server());
    }

    @Test
    void thePreviousReleasesDemoDataOnTheServerMigratesAndValidates() throws Exception {
        migrateFilled(TestSchemas.server());
    }

    @Test
    void anEmptyDatabaseOnEmbeddedMariaDb114MigratesAndValidates() throws Exception {
        assertThat(version(embeddedServer)).startsWith("11.4");
        migrateEmpty(embeddedServer);
    }

    @Test
    void thePreviousReleasesDemoDataOnEmbeddedMariaDb114MigratesAndValidates() throws Exception {
        migrateFilled(embeddedServer);
    }

    private void migrateEmpty(TestSchemas.Server server) throws Exception {
        String schema = server.sharedSchema() + "_mig_empty";
        server.recreate(schema);
        try {
            Flyway flyway = server.flyway(schema);
            MigrateResult result = flyway.migrate();
            log.info(
                    "MIGRATIONS on MariaDB {}: {} applied to an empty database",
                    version(server),
                    result.migrationsExecuted);
            assertThat(result.migrationsExecuted).isGreaterThan(50);
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
        } finally {
            server.drop(schema);
        }
    }

    private void migrateFilled(TestSchemas.Server server) throws Exception {
        String schema = server.sharedSchema() + "_mig_demo";
        server.recreate(schema);
        try {
            try (Connection c = server.connect(schema)) {
                load(c);
            }
            Map<String, Long> before = counts(server, schema);
            assertThat(before.values())
                    .as("the fixture holds demo data in %s", before)
                    .allMatch(n -> n > 0);
            Flyway flyway = server.flyway(schema);
            MigrateResult result = flyway.migrate();
            flyway.validate();
            assertThat(flyway.info().pending()).isEmpty();
            Map<String, Long> after = counts(server, schema);
            log.info(
                    "MIGRATIONS on MariaDB {}: {} applied over the previous release's demo data {}",
                    version(server),
                    result.migrationsExecuted,
                    after);
            assertThat(after).as("the demo data survives the upgrade").isEqualTo(before);
        } finally {
            server.drop(schema);
        }
    }

    /** Runs the dump statement by statement (mariadb-dump ends every statement at a line end). */
    static void load(Connection c) throws Exception {
        try (var in = MigrationsIT.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE + " on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder statement = new StringBuilder();
            try (Statement s = c.createStatement()) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (statement.isEmpty() && (line.isBlank() || line.startsWith("--"))) {
                        continue;
                    }
                    statement.append(line).append('\n');
                    if (line.endsWith(";")) {
                        s.execute(statement.toString());
                        statement.setLength(0);
                    }
                }
            }
        }
    }

    static Map<String, Long> counts(TestSchemas.Server server, String schema) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = server.connect(schema);
                Statement s = c.createStatement()) {
            for (String table : DEMO_TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    static String version(TestSchemas.Server server) throws Exception {
        try (Connection c = server.connect("");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
