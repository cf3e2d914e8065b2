package se.brobygge.bench;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import se.brobygge.support.TestInfrastructure;

/**
 * The test servers, as for every integration test, with the search index in a folder as in
 * production (the tests keep it in the heap), and one difference more: Vaadin's component tracker
 * is off unless {@code -Dbench.componentTracker=true}. The build runs the application in production
 * mode, where the tracker does not exist; should a run happen in development mode, the tracker
 * would keep the stack trace of every component's creation for the dev tools, several hundred KB
 * per session that production never has.
 */
class BenchmarkInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static boolean componentTracker() {
        return Boolean.parseBoolean(System.getProperty("bench.componentTracker", "false"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        new TestInfrastructure().initialize(context);
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "brobygge-benchmarks",
                        Map.of(
                                "vaadin.devmode.componentTracker.enabled",
                                String.valueOf(componentTracker()),
                                // the search index on disk, as a node keeps it, not in the heap as the tests do
                                "spring.jpa.properties.hibernate.search.backend.directory.type",
                                "local-filesystem")));
    }
}
