package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.support.TestAccounts;

/**
 * Benchmark 10: what an open session costs, read from outside. The visitors run in a JVM of their
 * own ({@link BrowserSessions}) and behave as browsers do; the server's heap is read with
 * {@code jcmd} as an operator would ({@code GC.run} twice, then {@code GC.heap_info}), before the
 * sessions are opened and while all of them are still open, and the difference is divided by their
 * number. A class histogram taken the same way before and after says where the bytes go.
 */
@BenchmarkApplication
class SessionCostOutsideBenchmark {

    static final double START_PAGE_TARGET_BYTES = 65 * 1024;
    static final double EVENT_LIST_TARGET_BYTES = 70 * 1024;

    /**
     * The word in the titles of the events the list shows here: its own, and new in every run, so
     * neither other benchmarks' events nor an earlier run's on the same database count.
     */
    static final String WORD = "benchutsida" + letters(ProcessHandle.current().pid());

    private static final Pattern USED = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K");

    /** One measured page: the route, and how many events are published for it (0: none made). */
    private record Case(String page, String route, int events, double target) {}

    private record Reading(long usedBytes, HeapHistogram histogram) {}

    private record Result(
            Case page,
            int sessions,
            long before,
            long after,
            int rows,
            int asked,
            int alive,
            SessionCounters.Snapshot counted,
            List<HeapHistogram.Growth> growth,
            Map<String, Long> byOrigin) {

        double perSession() {
            return (after - before) / (double) sessions;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SessionCounters counters;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    TestAccounts accounts;

    @Test
    void heapPerSessionReadFromOutside() throws Exception {
        int sessions = Settings.integer("bench.outside.sessions", 500);
        int warmup = Settings.integer("bench.outside.warmup", 30);
        Duration timeout = Settings.seconds("bench.http.timeout", 30);
        String list = "/events?q=" + WORD;
        List<Case> cases = List.of(
                new Case("Start page", "/", 0, START_PAGE_TARGET_BYTES),
                new Case("Login page", "/login", 0, Double.NaN),
                new Case("Event list, 12 events", list, 12, EVENT_LIST_TARGET_BYTES),
                new Case("Event list, 50 events", list, 50, EVENT_LIST_TARGET_BYTES));
        long server = ProcessHandle.current().pid();
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            if (c.events() > 0) {
                BenchEvents.listOf(WORD, c.events(), events, editing, accounts);
            }
            // no sessions of earlier pages or benchmarks in either reading
            counters.invalidateAll();
            try (Visitors visitors = new Visitors(c.route(), warmup, sessions, timeout)) {
                visitors.await("warm");
                Reading before = read(server);
                SessionCounters.Snapshot start = counters.snapshot();
                visitors.say("go");
                String[] ready = visitors.await("ready");
                Reading after = read(server);
                // the figure is for live sessions: a sample of them must still answer after the reading
                visitors.say("ping");
                int alive = Integer.parseInt(visitors.await("alive")[1]);
                SessionCounters.Snapshot counted = counters.snapshot().minus(start);
                List<HeapHistogram.Growth> all = after.histogram().growthSince(before.histogram(), Integer.MAX_VALUE);
                results.add(new Result(
                        c,
                        Integer.parseInt(ready[1]),
                        before.usedBytes(),
                        after.usedBytes(),
                        Integer.parseInt(ready[2]),
                        Integer.parseInt(ready[3]),
                        alive,
                        counted,
                        all.subList(0, Math.min(10, all.size())),
                        byOrigin(all)));
            }
            counters.invalidateAll();
        }
        BenchReport.publish(section(results, sessions, warmup));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.counted().vaadinSessionsCreated())
                    .as("Vaadin sessions created on %s", r.page().route())
                    .isEqualTo(r.sessions());
            assertThat(r.alive())
                    .as("kept sessions still answering on %s", r.page().route())
                    .isEqualTo(3);
            if (r.page().events() > 0) {
                assertThat(r.rows())
                        .as("events in the list on %s", r.page().page())
                        .isEqualTo(r.page().events());
            }
        });
    }

    /** The server's heap in use after two full collections, and its class histogram, both by jcmd. */
    private static Reading read(long pid) {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("No heap in use in jcmd's GC.heap_info: " + info);
        }
        long bytes = Long.parseLong(used.group(1)) * 1024;
        return new Reading(bytes, HeapHistogram.parse(jcmd(pid, "GC.class_histogram")));
    }

    private static String jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            // into a file, not a pipe: when the server is this JVM, the histogram is written out at a
            // safepoint, where no thread of this JVM could read a pipe (and a full one would block jcmd)
            Path output = Files.createTempFile("jcmd", ".txt");
            try {
                Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                boolean ended = process.waitFor(300, TimeUnit.SECONDS);
                String out = Files.readString(output, StandardCharsets.UTF_8);
                if (!ended || process.exitValue() != 0) {
                    process.destroy();
                    throw new IllegalStateException("jcmd " + command + " failed: " + out);
                }
                return out;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The visitors' JVM: same classpath as this one, a small heap of its own. */
    private final class Visitors implements AutoCloseable {

        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final String route;

        Visitors(String route, int warmup, int sessions, Duration timeout) throws IOException {
            this.route = route;
            Path log = BenchReport.directory().resolve("browser-sessions.log");
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx512m",
                            "-XX:+UseSerialGC",
                            "-cp",
                            System.getProperty("java.class.path"),
                            BrowserSessions.class.getName(),
                            "http://localhost:" + port + "/",
                            route.substring(1),
                            Integer.toString(warmup),
                            Integer.toString(sessions),
                            Long.toString(timeout.toSeconds()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        void say(String line) throws IOException {
            in.write(line + "\n");
            in.flush();
        }

        /** Waits for the line that starts with {@code word}; the visitors' own timeouts bound the wait. */
        String[] await(String word) throws IOException {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.strip().split(" ");
                if (parts[0].equals(word)) {
                    return parts;
                }
                if (parts[0].equals("error")) {
                    throw new AppException("visitors on " + route + ": " + line);
                }
            }
            throw new AppException("visitors on " + route + " ended before '" + word + "'");
        }

        @Override
        public void close() throws Exception {
            if (process.isAlive()) {
                try {
                    say("quit");
                } catch (IOException gone) {
                    // ended already
                }
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroy();
                }
            }
        }
    }

    /** Growth summed by where the classes come from. */
    private static Map<String, Long> byOrigin(List<HeapHistogram.Growth> all) {
        Map<String, Long> origins = new LinkedHashMap<>();
        for (String origin : List.of(
                "Vaadin (com.vaadin.*)",
                "Brobygge (se.brobygge.*)",
                "JSON (tools.jackson.*, elemental.*)",
                "Spring, Tomcat, Hibernate",
                "JDK objects (java.*, jdk.*)",
                "arrays (byte[], Object[], …)",
                "other")) {
            origins.put(origin, 0L);
        }
        for (HeapHistogram.Growth g : all) {
            origins.merge(origin(g.className()), g.bytes(), Long::sum);
        }
        return origins;
    }

    private static String origin(String className) {
        if (className.startsWith("[")) {
            return "arrays (byte[], Object[], …)";
        }
        if (className.startsWith("com.vaadin.")) {
            return "Vaadin (com.vaadin.*)";
        }
        if (className.startsWith("se.brobygge.")) {
            return "Brobygge (se.brobygge.*)";
        }
        if (className.startsWith("tools.jackson.") || className.startsWith("elemental.")) {
            return "JSON (tools.jackson.*, elemental.*)";
        }
        if (className.startsWith("org.springframework.")
                || className.startsWith("org.apache.")
                || className.startsWith("org.hibernate.")) {
            return "Spring, Tomcat, Hibernate";
        }
        if (className.startsWith("java.") || className.startsWith("jdk.")) {
            return "JDK objects (java.*, jdk.*)";
        }
        return "other";
    }

    private BenchReport.Section section(List<Result> results, int sessions, int warmup) {
        List<BenchReport.Target> targets = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        List<String> originHeader = new ArrayList<>(List.of("page"));
        originHeader.addAll(results.getFirst().byOrigin().keySet());
        List<List<String>> originRows = new ArrayList<>();
        for (Result r : results) {
            double perSession = r.perSession();
            if (!Double.isNaN(r.page().target())) {
                targets.add(new BenchReport.Target(
                        r.page().page() + " `" + r.page().route() + "`: heap per session, read from outside",
                        kib(perSession),
                        "≤ " + kib(r.page().target()),
                        perSession <= r.page().target()));
            }
            Double inside = SessionCostBenchmark.INSIDE_PER_SESSION.get(
                    r.page().events() == 0 ? r.page().route() : "/events?q=" + BenchEvents.LIST_WORD);
            boolean comparable = inside != null
                    && (r.page().events() == 0 || r.page().events() == SessionCostBenchmark.LISTED_EVENTS);
            rows.add(List.of(
                    r.page().page(),
                    "`" + r.page().route() + "`",
                    r.rows() < 0 ? "—" : r.rows() + " (asked for " + r.asked() + ")",
                    String.valueOf(r.sessions()),
                    mib(r.before()),
                    mib(r.after()),
                    "**" + kib(perSession) + "**",
                    comparable ? kib(inside) : "—"));
            where.append("\n**")
                    .append(r.page().page())
                    .append("** (`")
                    .append(r.page().route())
                    .append("`), per session: ");
            where.append(String.join(
                    ", ",
                    r.growth().stream()
                            .map(g -> "`" + SessionCostBenchmark.readable(g.className()) + "` "
                                    + kib(g.bytes() / (double) r.sessions()) + " ("
                                    + BenchReport.number(g.instances() / (double) r.sessions()) + " objects)")
                            .toList()));
            where.append('\n');
            List<String> originRow = new ArrayList<>(List.of(r.page().page()));
            r.byOrigin().values().forEach(b -> originRow.add(kib(b / (double) r.sessions())));
            originRows.add(originRow);
        }
        String md = """
                The same question as benchmark 1, asked from outside the application. The visitors run in a \
                JVM of their own (`BrowserSessions`, started by the benchmark with the same classpath), so \
                nothing of theirs is in the server's heap. Each visitor is a new browser (own cookies) and \
                loads the page as one does: GET of the page, `?v-r=init`, the `ui-navigate` event; on the \
                event list, the list's request for the rows it draws (`setViewportRange(0, n)`: %d cards in \
                view and the 20 more the list's connector asks for); then one empty round trip, so that the \
                answer Flow keeps per UI for a resend is a small one. %d sessions per page after %d warm-up \
                sessions (opened before the first reading, so in both readings); the visitors keep every \
                session open (cookies, UI id, security key) until both readings are done, and the first, \
                middle and last of them each make one more round trip after the second reading: the figure is \
                for live sessions. Before each page every session still open is ended. The server's heap is \
                read as an operator would, with `jcmd <pid> GC.run` twice and then `GC.heap_info` (heap in \
                use, KiB), before the first session and after the last; the difference divided by the number \
                of sessions. The event list is `/events` searched for a word only its events have (new in every run), \
                with 12 and then 50 of them published. "Inside" is benchmark 1's figure for the same route in this \
                run (the client in the server's JVM), where it ran.

                """.formatted(BrowserSessions.CARDS_IN_VIEW, sessions, warmup)
                + BenchReport.table(
                        List.of(
                                "page",
                                "route",
                                "events in the list",
                                "sessions",
                                "heap before",
                                "heap after",
                                "outside, per session",
                                "inside, per session (benchmark 1)"),
                        rows)
                + "\nWhere each page's KiB go: the classes whose live instances grew most between the two "
                + "readings (`jcmd <pid> GC.class_histogram`, taken right after each heap reading), divided by "
                + "the number of sessions.\n"
                + where
                + "\nThe same growth summed by where the classes come from (arrays hold the strings' bytes "
                + "and the collections' slots, whoever owns them):\n\n"
                + BenchReport.table(originHeader, originRows);
        return new BenchReport.Section(
                BenchReport.RUN_ID,
                10,
                "10. Session cost read from outside",
                md,
                targets,
                AppFacts.describe(environment, jdbc, "Database (benchmarks 1–2, 10–11)"));
    }

    /** A number written in the letters a–z, so the search sees one word. */
    static String letters(long n) {
        StringBuilder word = new StringBuilder();
        for (long rest = n; rest > 0; rest /= 26) {
            word.append((char) ('a' + rest % 26));
        }
        return word.toString();
    }

    static String kib(double bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
