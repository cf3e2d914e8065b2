package se.brobygge.support;

import java.sql.SQLException;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the real test servers: MariaDB, SMTP and the OIDC provider. */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * A test class with {@code brobygge.test.schema-suffix} in its test properties gets a fresh schema
     * of its own beside the shared one (dropped and created when its context starts).
     */
    static final String OWN_SCHEMA = "brobygge.test.schema-suffix";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        String url = db.url();
        String suffix = context.getEnvironment().getProperty(OWN_SCHEMA, "");
        if (!suffix.isBlank()) {
            TestSchemas.Server server = TestSchemas.parse(db);
            String schema = server.sharedSchema() + suffix;
            try {
                server.recreate(schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test schema " + schema, e);
            }
            url = server.url(schema);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "brobygge-test-infrastructure",
                        Map.of(
                                "spring.datasource.url",
                                url,
                                "spring.datasource.username",
                                db.user(),
                                "spring.datasource.password",
                                db.password(),
                                "spring.mail.host",
                                "127.0.0.1",
                                "spring.mail.port",
                                String.valueOf(TestSmtp.port()),
                                "spring.security.oauth2.client.provider.municipality.issuer-uri",
                                TestOidcProvider.issuer())));
    }
}
