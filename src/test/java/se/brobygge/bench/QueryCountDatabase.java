package se.brobygge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.brobygge.support.TestDatabase;

/**
 * The query-count benchmark's own database, on the test database's server, dropped and created
 * empty at each start: "a view with 10 rows" needs a database holding exactly those rows, which
 * the shared test database (accounts of every other test and benchmark) cannot be.
 */
class QueryCountDatabase extends BenchmarkInfrastructure {

    static final String NAME = "brobygge_bench_queries";
    private static final Pattern URL = Pattern.compile("^(jdbc:mariadb://[^/?]+/)([^?]*)(\\?.*)?$");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        super.initialize(context);
        TestDatabase.Connection test = TestDatabase.connection();
        Matcher url = URL.matcher(test.url());
        if (!url.matches()) {
            throw new IllegalStateException("Cannot derive a database URL from " + test.url());
        }
        try (Connection server = DriverManager.getConnection(url.group(1), test.user(), test.password());
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + NAME + "`");
            statement.execute("CREATE DATABASE `" + NAME + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot re-create " + NAME + " on " + url.group(1), e);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "brobygge-query-count-database", Map.of("spring.datasource.url", url.group(1) + NAME)));
    }
}
