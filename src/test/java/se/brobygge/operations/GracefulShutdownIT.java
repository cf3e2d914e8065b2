package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.Mailbox;
import se.brobygge.support.TestDatabase;
import se.brobygge.support.TestOidcProvider;
import se.brobygge.support.TestSchemas;
import se.brobygge.support.TestSmtp;

/**
 * Brobygge runs as its own process (java with the test classpath) and gets SIGTERM while
 * browsers keep requesting pages and the outbox is sending: requests already in flight finish,
 * new ones are refused, the process exits within 30 s, and every outbox mail is sent exactly once
 * (by this node before it stopped, or by another node afterwards).
 */
class GracefulShutdownIT {

    private static final Logger log = LoggerFactory.getLogger(GracefulShutdownIT.class);
    static final int MAILS = 300;

    @Test
    void sigtermLetsRequestsInFlightFinishAndLosesNoMail() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestDatabase.Connection db = TestDatabase.connection();
        int port = freePort();
        Path logFile = Path.of("target", "graceful-shutdown-node.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                classpath(),
                "-Dspring.profiles.active=test",
                "-Dspring.datasource.url=" + db.url(),
                "-Dspring.datasource.username=" + db.user(),
                "-Dspring.datasource.password=" + db.password(),
                "-Dspring.mail.host=127.0.0.1",
                "-Dspring.mail.port=" + TestSmtp.port(),
                "-Dspring.security.oauth2.client.provider.municipality.issuer-uri=" + TestOidcProvider.issuer(),
                "-Dserver.port=" + port,
                "-Dbrobygge.mail.poll-interval=PT0.2S",
                "se.brobygge.Application"));
        Process node = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            awaitReady(http, port, node);

            String batch = "graceful-" + Instant.now().toEpochMilli();
            List<String> recipients = queueMails(batch);

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger completed = new AtomicInteger();
            AtomicInteger inFlightAtSigterm = new AtomicInteger();
            AtomicInteger finishedAfterSigterm = new AtomicInteger();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            AtomicBoolean sigtermSent = new AtomicBoolean();
            List<Thread> browsers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                browsers.add(Thread.ofPlatform().start(() -> {
                    while (!stop.get()) {
                        boolean startedBefore = !sigtermSent.get();
                        // a new client each time: no idle keep-alive connection to be closed under us
                        try (HttpClient browser = HttpClient.newBuilder()
                                .connectTimeout(Duration.ofSeconds(2))
                                .build()) {
                            if (startedBefore) {
                                inFlightAtSigterm.incrementAndGet();
                            }
                            HttpResponse<String> page = browser.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                            .timeout(Duration.ofSeconds(30))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (startedBefore) {
                                inFlightAtSigterm.decrementAndGet();
                            }
                            if (page.statusCode() == 200 && page.body().contains("</html>")) {
                                completed.incrementAndGet();
                                if (startedBefore && sigtermSent.get()) {
                                    finishedAfterSigterm.incrementAndGet();
                                }
                            } else {
                                failures.merge("HTTP " + page.statusCode(), 1, Integer::sum);
                            }
                        } catch (ConnectException | HttpConnectTimeoutException e) {
                            failures.merge("refused", 1, Integer::sum); // the node no longer takes new requests
                            if (startedBefore) {
                                inFlightAtSigterm.decrementAndGet();
                            }
                            sleep(50);
                        } catch (IOException e) {
                            if (startedBefore) {
                                // a request sent before SIGTERM must be answered in full
                                failures.merge("broken: " + e, 1, Integer::sum);
                                inFlightAtSigterm.decrementAndGet();
                            } else {
                                // sent after SIGTERM: the listening socket may still take the connection
                                // into its backlog and then close it unread; that is a refusal too
                                failures.merge("refused", 1, Integer::sum);
                                sleep(50);
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }));
            }
            // wait until the outbox is busy and pages are being served
            await(() -> completed.get() > 5, Duration.ofSeconds(60), "pages are served");
            // up to 30 s later when another node lost the database holding the dispatch lock (DatabaseOutageIT)
            await(() -> sent(smtp, recipients) > 0, Duration.ofSeconds(60), "the outbox is sending");

            sigtermSent.set(true);
            long sigterm = System.nanoTime();
            node.destroy(); // SIGTERM
            boolean exited = node.waitFor(30, TimeUnit.SECONDS);
            Duration shutdown = Duration.ofNanos(System.nanoTime() - sigterm);
            stop.set(true);
            for (Thread browser : browsers) {
                browser.join(35_000);
            }
            log.info(
                    "GRACEFUL shutdown after SIGTERM took {} ms (exit code {}); pages completed {}, of them finished "
                            + "after SIGTERM {}, other outcomes {}; mails sent before the exit {} of {}",
                    shutdown.toMillis(),
                    exited ? node.exitValue() : "none",
                    completed.get(),
                    finishedAfterSigterm.get(),
                    failures,
                    sent(smtp, recipients),
                    MAILS);
            assertThat(exited).as("the process exits within 30 s of SIGTERM").isTrue();
            assertThat(failures.keySet())
                    .as("requests end complete or are refused, never broken mid-way")
                    .allMatch(outcome -> outcome.equals("refused") || outcome.equals("HTTP 503"));

            // another node takes over what is left: each mail exactly once
            ApplicationNode.a();
            await(() -> sent(smtp, recipients) == MAILS, Duration.ofSeconds(90), "every mail arrives");
            Thread.sleep(1_000);
            Map<Integer, Long> copies = recipients.stream()
                    .collect(Collectors.groupingBy(
                            r -> Mailbox.messagesFor(smtp, r).size(), Collectors.counting()));
            assertThat(copies).as("copies received per mail").containsOnlyKeys(1);
        } finally {
            if (node.isAlive()) {
                node.destroyForcibly();
            }
        }
    }

    private static List<String> queueMails(String batch) throws Exception {
        TestSchemas.Server server = TestSchemas.server();
        List<String> recipients = new ArrayList<>();
        try (Connection c = server.connect(server.sharedSchema());
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO notifications_mail (dedup_key, recipient, language, subject, text_body, html_body, status,"
                                + " attempts, next_attempt_at, created_at, priority) VALUES (?, ?, 'sv', 'Avstängning', 'Hej',"
                                + " '<p>Hej</p>', 'PENDING', 0, ?, ?, 5)")) {
            Timestamp now = Timestamp.from(Instant.now().minusSeconds(1));
            for (int i = 0; i < MAILS; i++) {
                String recipient = batch + "-" + i + "@test.brohamn.example";
                insert.setString(1, batch + "-" + i);
                insert.setString(2, recipient);
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.addBatch();
                recipients.add(recipient);
            }
            insert.executeBatch();
        }
        return recipients;
    }

    private static long sent(GreenMail smtp, List<String> recipients) {
        Set<String> wanted = new HashSet<>(recipients);
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return wanted.contains(m.getAllRecipients()[0].toString());
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .count();
    }

    private static void awaitReady(HttpClient http, int port, Process node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(node.isAlive())
                    .as("the node process is running (see target/graceful-shutdown-node.log)")
                    .isTrue();
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(
                                                        "http://localhost:" + port + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The node did not become ready within 4 minutes");
    }

    private static void await(BooleanSupplier condition, Duration limit, String what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + limit + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
