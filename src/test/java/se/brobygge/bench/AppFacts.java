package se.brobygge.bench;

import com.vaadin.flow.server.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application side of the report header: versions, Vaadin's mode, the database. */
final class AppFacts {

    private AppFacts() {}

    /** The build's own word: the frontend build writes productionMode into Vaadin's token file. */
    static boolean productionBuild() {
        try (var in = AppFacts.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return in != null
                    && new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace(" ", "")
                            .contains("\"productionMode\":true");
        } catch (IOException e) {
            return false;
        }
    }

    static Map<String, String> describe(Environment environment, JdbcTemplate jdbc, String databaseLabel) {
        Map<String, String> facts = new LinkedHashMap<>();
        boolean production = environment.getProperty("vaadin.productionMode", Boolean.class, productionBuild());
        facts.put(
                "Application",
                "Brobygge on Vaadin " + Version.getFullVersion() + " ("
                        + (production ? "production" : "development")
                        + " mode, as the test suite runs it), Spring Boot "
                        + SpringBootVersion.getVersion() + ", started in the benchmark JVM (random port)");
        String url = environment.getProperty("spring.datasource.url", "?");
        String version = jdbc.queryForObject("select version()", String.class);
        facts.put(
                databaseLabel,
                "MariaDB " + version + " at " + (url.contains("?") ? url.substring(0, url.indexOf('?')) : url));
        return facts;
    }
}
