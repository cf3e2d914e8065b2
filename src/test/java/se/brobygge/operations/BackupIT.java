package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.brobygge.support.TestSchemas;

/**
 * The backup procedure of docs/operations.md: {@code mariadb-dump --single-transaction} of a
 * database that is being written to, restored into a fresh schema, gives a consistent snapshot
 * with the same rows and checksums; and every table is InnoDB, which that procedure relies on.
 */
class BackupIT {

    private static final Logger log = LoggerFactory.getLogger(BackupIT.class);

    static TestSchemas.Server server;
    static String source;
    static String restored;

    @BeforeAll
    static void migrateASourceSchema() throws Exception {
        server = TestSchemas.server();
        source = server.sharedSchema() + "_backup_src";
        restored = server.sharedSchema() + "_backup_restored";
        server.recreate(source);
        server.flyway(source).migrate();
        try (Connection c = server.connect(source)) {
            for (int i = 0; i < 200; i++) {
                insertAccountWithRole(c, "before-" + i);
            }
        }
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        server.drop(source);
        server.drop(restored);
    }

    @Test
    void everyTableIsInnoDb() throws Exception {
        try (Connection c = server.connect(server.sharedSchema());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT table_name, engine FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            Map<String, String> engines = new LinkedHashMap<>();
            while (rs.next()) {
                engines.put(rs.getString(1), rs.getString(2));
            }
            assertThat(engines)
                    .as("tables of the application")
                    .containsKey("identity_account")
                    .containsKey("flyway_schema_history");
            assertThat(engines.values())
                    .as(
                            "engine of every table (a --single-transaction dump is consistent only "
                                    + "for InnoDB): %s",
                            engines)
                    .containsOnly("InnoDB");
        }
    }

    @Test
    void aDumpTakenWhileWritesGoOnRestoresToAConsistentSnapshot() throws Exception {
        String dumpBinary = binary("mariadb-dump");
        String clientBinary = binary("mariadb");
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            assumeTrue(
                    dumpBinary != null && clientBinary != null,
                    "mariadb-dump and mariadb are not installed: install mariadb-client to run the backup test");
        }
        assertThat(dumpBinary)
                .as("mariadb-dump on PATH (CI installs mariadb-client)")
                .isNotNull();

        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        Thread writer = Thread.ofPlatform().name("backup-writer").start(() -> {
            try (Connection c = server.connect(source)) {
                c.setAutoCommit(false);
                while (writing.get()) {
                    insertAccountWithRole(c, "during-" + written.get());
                    c.commit();
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path dump = Files.createTempFile("brobygge-backup", ".sql");
        try {
            while (written.get() < 50) {
                Thread.sleep(10);
            }
            int beforeDump = written.get();
            run(
                    dumpBinary,
                    List.of(
                            "--single-transaction",
                            "--routines",
                            "--triggers",
                            "--events",
                            "--default-character-set=utf8mb4",
                            source),
                    dump.toFile(),
                    null);
            int afterDump = written.get();
            writing.set(false);
            writer.join(10_000);
            log.info(
                    "BACKUP dumped {} bytes while {} account transactions were committed during the dump",
                    Files.size(dump),
                    afterDump - beforeDump);
            assertThat(afterDump).as("writes went on during the dump").isGreaterThan(beforeDump);

            server.recreate(restored);
            run(clientBinary, List.of(restored), null, dump.toFile());
        } finally {
            writing.set(false);
            writer.join(10_000);
            Files.deleteIfExists(dump);
        }

        try (Connection src = server.connect(source);
                Connection dst = server.connect(restored)) {
            long accounts = count(dst, "identity_account");
            assertThat(count(dst, "identity_account_role"))
                    .as("every restored account has its role: one snapshot")
                    .isEqualTo(accounts);
            long maxId = single(dst, "SELECT MAX(id) FROM identity_account");
            assertThat(single(src, "SELECT COUNT(*) FROM identity_account WHERE id <= " + maxId))
                    .as("the snapshot has every account up to its last one")
                    .isEqualTo(accounts);
            assertThat(accounts)
                    .as("the snapshot holds the accounts from before the dump")
                    .isGreaterThanOrEqualTo(250);

            // tables nobody wrote to during the dump: same rows, same checksum
            List<String> tables = tables(src);
            int compared = 0;
            for (String table : tables) {
                if (table.equals("identity_account") || table.equals("identity_account_role")) {
                    continue;
                }
                assertThat(count(dst, table)).as("rows of " + table).isEqualTo(count(src, table));
                assertThat(checksum(dst, table)).as("checksum of " + table).isEqualTo(checksum(src, table));
                compared++;
            }
            // the written tables: the same checksum as the source cut at the snapshot
            try (Statement s = src.createStatement()) {
                for (String table : List.of("identity_account", "identity_account_role")) {
                    String cut = table + "_cut";
                    s.execute("CREATE TABLE " + cut + " LIKE " + table);
                    s.execute("INSERT INTO " + cut + " SELECT * FROM " + table + " WHERE "
                            + (table.equals("identity_account") ? "id" : "account_id") + " <= " + maxId);
                    assertThat(checksum(dst, table))
                            .as("checksum of " + table + " as of the snapshot")
                            .isEqualTo(checksum(src, cut));
                    s.execute("DROP TABLE " + cut);
                }
            }
            log.info(
                    "BACKUP restored {} tables: {} accounts in the snapshot, {} tables with equal rows and checksums",
                    tables.size(),
                    accounts,
                    compared + 2);
        }
    }

    static void insertAccountWithRole(Connection c, String name) throws Exception {
        long id;
        try (PreparedStatement account = c.prepareStatement(
                "INSERT INTO identity_account "
                        + "(email, email_verified, display_name, preferred_language, created_at) VALUES (?, TRUE, ?, 'sv', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            account.setString(1, name + "@backup.brohamn.example");
            account.setString(2, "Backup " + name);
            account.setTimestamp(3, Timestamp.from(Instant.now()));
            account.executeUpdate();
            try (ResultSet keys = account.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement role =
                c.prepareStatement("INSERT INTO identity_account_role (account_id, role) VALUES (?, 'RESIDENT')")) {
            role.setLong(1, id);
            role.executeUpdate();
        }
    }

    private void run(String binary, List<String> arguments, File output, File input) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                binary,
                "--protocol=tcp",
                "-h",
                server.host(),
                "-P",
                String.valueOf(server.port()),
                "-u",
                server.user()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE);
        if (!server.password().isEmpty()) {
            builder.environment().put("MYSQL_PWD", server.password());
        }
        if (output != null) {
            builder.redirectOutput(output);
        }
        if (input != null) {
            builder.redirectInput(input);
        }
        Process process = builder.start();
        String errors = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(binary + " finished")
                .isTrue();
        assertThat(process.exitValue())
                .as(binary + " " + arguments + ": " + errors)
                .isZero();
    }

    static String binary(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    static List<String> tables(Connection c) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM "
                                + "information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static long count(Connection c, String table) throws Exception {
        return single(c, "SELECT COUNT(*) FROM `" + table + "`");
    }

    static long checksum(Connection c, String table) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    static long single(Connection c, String query) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
