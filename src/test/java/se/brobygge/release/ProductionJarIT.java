package se.brobygge.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.brobygge.support.TestSchemas;

/**
 * The jar that {@code ./mvnw verify} (and {@code -Pproduction package}, and the Docker image) builds,
 * started as an operator starts it: {@code java -jar}, against a database of its own, with the
 * {@code local} profile an operator might set by mistake. Runs after {@code package} (failsafe).
 * It must become ready, serve the start page and the event list in a real browser, offer no demo
 * sign-in and create no demo people, and a second instance on the same search index folder must
 * stop at start with a clear message.
 */
class ProductionJarIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final String SCHEMA_SUFFIX = "_jar";

    private static TestSchemas.Server server;
    private static String schema;
    private static Path jar;
    private static Path indexDir;
    private static Path log;
    private static Process node;
    private static int port;

    @BeforeAll
    static void startTheJar(@TempDir Path dir) throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("brobygge-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no target/brobygge-*.jar: run after package"));
        }
        server = TestSchemas.server();
        schema = server.sharedSchema() + SCHEMA_SUFFIX;
        server.recreate(schema);
        indexDir = dir.resolve("search-index");
        log = dir.resolve("node.log");
        port = freePort();
        node = start(port, log);
        awaitReady(node, port, log);
    }

    @AfterAll
    static void stop() throws Exception {
        if (node != null) {
            node.destroy(); // SIGTERM: graceful shutdown, as an orchestrator stops it
            if (!node.waitFor(60, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (server != null) {
            server.drop(schema);
        }
    }

    @Test
    void theJarStartsBrobyggeItself() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Start-Class"))
                    .as("the jar's main class (the local run's launcher lives in the test sources)")
                    .isEqualTo("se.brobygge.Application");
        }
    }

    @Test
    void thePagesOpenInABrowserWithoutDemoSignIn() throws SQLException {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        Assumptions.assumeTrue(
                Files.isExecutable(chromium) || System.getenv("CI") != null,
                "browser checks need Chromium at " + chromium);
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync",
                                        "--no-first-run")))) {
            Page page = browser.newPage();
            List<String> errors = new ArrayList<>();
            page.onPageError(errors::add);
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    errors.add(message.text());
                }
            });

            page.navigate(url("/"));
            page.locator("h1").first().waitFor();
            assertThat(page.locator("h1").first().innerText()).isNotBlank();

            page.navigate(url("/events"));
            page.locator("h1").first().waitFor();
            assertThat(page.url()).endsWith("/events");
            assertThat(page.locator("h1").first().innerText()).isNotBlank();

            page.navigate(url("/login"));
            page.locator("vaadin-login-form").waitFor();
            assertThat(page.locator(".demo-panel").count())
                    .as("one-click demo sign-in in a production start with the local profile")
                    .isZero();
            assertThat(errors)
                    .as("script errors and Content-Security-Policy violations on the pages")
                    .isEmpty();
        }
        try (Connection connection = server.connect(schema);
                ResultSet demo = connection
                        .createStatement()
                        .executeQuery(
                                "SELECT COUNT(*) FROM identity_account WHERE email LIKE '%@demo.brohamn.example'")) {
            demo.next();
            assertThat(demo.getInt(1))
                    .as("demo people created by the production jar")
                    .isZero();
        }
    }

    @Test
    void aSecondInstanceOnTheSameIndexFolderStopsAtStartWithAClearMessage() throws Exception {
        Path secondLog = log.resolveSibling("second.log");
        Process second = start(freePort(), secondLog);
        boolean exited = second.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!exited) {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(secondLog, StandardCharsets.UTF_8);
        assertThat(exited).as("the second instance stopped by itself").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(output).contains("The search index folder " + indexDir + " is in use by another Brobygge instance");
        // and the first node still serves
        assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
    }

    private static Process start(int port, Path output) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(
                java,
                "-Xmx768m",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("BROBYGGE_DB_URL", server.url(schema));
        env.put("BROBYGGE_DB_USER", server.user());
        env.put("BROBYGGE_DB_PASSWORD", server.password());
        env.put("BROBYGGE_SEARCH_INDEX_DIR", indexDir.toString());
        env.put("BROBYGGE_BASE_URL", "http://localhost:" + port);
        env.put("BROBYGGE_SMTP_PORT", "2525");
        // plain http in this test; production keeps the secure cookie
        env.put("SERVER_SERVLET_SESSION_COOKIE_SECURE", "false");
        // a profile an operator might set by mistake: it must not bring the demo into production
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.remove("BROBYGGE_TEST_DB_URL");
        return builder.start();
    }

    private static void awaitReady(Process process, int port, Path output) throws Exception {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        "the jar stopped during start (exit " + process.exitValue() + "):\n" + tail(output));
            }
            try {
                HttpResponse<String> readiness = get("/actuator/health/readiness");
                if (readiness.statusCode() == 200 && readiness.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the jar was not ready within " + START_TIMEOUT + ":\n" + tail(output));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .timeout(Duration.ofSeconds(10))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
