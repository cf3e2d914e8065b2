package se.brobygge.operations;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import se.brobygge.Application;
import se.brobygge.support.TestClockConfiguration;
import se.brobygge.support.TestOidcProvider;
import se.brobygge.support.TestSchemas;
import se.brobygge.support.TestSmtp;

/**
 * Writes the fixture {@code src/test/resources/db/previous-release-demo.sql} that MigrationsIT
 * migrates: the demo data of the local run, schema and Flyway history included, as a release
 * leaves them. Run it once per release, before that release's migrations are added:
 * <pre>
 *   ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 *   BROBYGGE_TEST_DB_URL=jdbc:mariadb://127.0.0.1:3306/brobygge_fixture BROBYGGE_TEST_DB_USER=root \
 *     java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.brobygge.operations.DemoFixture
 * </pre>
 */
public final class DemoFixture {

    private DemoFixture() {}

    public static void main(String[] args) throws Exception {
        TestSchemas.Server server = TestSchemas.server();
        String schema = server.sharedSchema() + "_demo";
        server.recreate(schema);
        var context = new SpringApplicationBuilder(Application.class, TestClockConfiguration.class)
                .profiles("test", "local")
                .initializers(c -> c.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "fixture",
                                Map.of(
                                        "spring.datasource.url",
                                        server.url(schema),
                                        "spring.datasource.username",
                                        server.user(),
                                        "spring.datasource.password",
                                        server.password(),
                                        "spring.mail.host",
                                        "127.0.0.1",
                                        "spring.mail.port",
                                        String.valueOf(TestSmtp.port()),
                                        "spring.security.oauth2.client.provider.municipality.issuer-uri",
                                        TestOidcProvider.issuer(),
                                        "server.port",
                                        "0",
                                        // demo data exists only in development mode (LocalRunOnly)
                                        "vaadin.productionMode",
                                        "false"))))
                .run();
        context.close();
        Path out = Path.of("src/test/resources/db/previous-release-demo.sql").toAbsolutePath();
        Process dump = new ProcessBuilder(List.of(
                        "mariadb-dump",
                        "--protocol=tcp",
                        "-h",
                        server.host(),
                        "-P",
                        String.valueOf(server.port()),
                        "-u",
                        server.user(),
                        "--single-transaction",
                        "--skip-comments",
                        "--skip-dump-date",
                        "--hex-blob",
                        "--default-character-set=utf8mb4",
                        schema))
                .redirectOutput(out.toFile())
                .inheritIO()
                .redirectOutput(out.toFile())
                .start();
        if (dump.waitFor() != 0) {
            throw new IllegalStateException("mariadb-dump failed");
        }
        server.drop(schema);
        System.out.println("Wrote " + out);
        System.exit(0);
    }
}
