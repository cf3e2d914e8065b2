package se.brobygge.support;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at the real test servers: MariaDB, SMTP and the OIDC provider. */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("brobygge-test-infrastructure",
                Map.of("spring.datasource.url", db.url(),
                        "spring.datasource.username", db.user(),
                        "spring.datasource.password", db.password(),
                        "spring.mail.host", "127.0.0.1",
                        "spring.mail.port", String.valueOf(TestSmtp.port()),
                        "spring.security.oauth2.client.provider.municipality.issuer-uri", TestOidcProvider.issuer())));
    }
}
