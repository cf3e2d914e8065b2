package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.Reference;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.support.TestAccounts;

/**
 * Benchmark 1: what an open Vaadin session costs. For each route, opens N sessions (page, UI
 * init, navigation: each a new visitor with its own cookie jar), keeps them open, and divides the
 * growth of the live heap by N. Also the latency of opening one, against a no-op round trip.
 */
@BenchmarkApplication
class SessionCostBenchmark {

    /**
     * Per route, the live heap per session measured here in this JVM run: the outside measurement
     * (a client in a JVM of its own) puts it beside its own figure.
     */
    static final Map<String, Double> INSIDE_PER_SESSION = new ConcurrentHashMap<>();

    /** The target for the pages everyone opens first. */
    static final double HEAP_TARGET_BYTES = 150 * 1024;

    private record RouteResult(
            String route,
            int sessions,
            long heapBefore,
            long heapAfter,
            long heapWithoutClients,
            long heapAfterEnd,
            int ended,
            Latencies latencies,
            SessionCounters.Snapshot counted,
            long liveHttpSessions,
            List<HeapHistogram.Growth> growth) {

        double perSession() {
            return (heapAfter - heapBefore) / (double) sessions;
        }

        double clientShare() {
            return (heapAfter - heapWithoutClients) / (double) sessions;
        }

        /** What ending the sessions gave back, per session: the cross-check of the figure. */
        double freedPerSession() {
            return (heapWithoutClients - heapAfterEnd) / (double) ended;
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

    /** The event list: live heap per session with 50 events shown. */
    static final int LISTED_EVENTS = 50;

    /** The long dialogue thread. */
    static final int THREAD_POSTS = 2_000;

    @Test
    void liveHeapPerSessionAndOpeningLatency() {
        int sessions = Settings.integer("bench.sessions.count", 300);
        int warmup = Settings.integer("bench.sessions.warmup", 30);
        List<String> routes = Settings.list(
                "bench.sessions.routes",
                "/,/login,/events?q=" + BenchEvents.LIST_WORD + ",/dialogues/" + BenchDialogue.ROUTE_TOKEN);
        if (routes.stream().anyMatch(r -> r.contains(BenchEvents.LIST_WORD))) {
            BenchEvents.listOf(LISTED_EVENTS, events, editing, accounts); // the event list shows exactly these
        }
        if (routes.stream().anyMatch(r -> r.contains(BenchDialogue.ROUTE_TOKEN))) {
            // the thread: 2,000 posts, of which the page loads only what is seen
            long author = accounts.create("Bench Dialogue", Roles.STAFF).id().value();
            long thread = BenchDialogue.create(jdbc, Clock.systemUTC(), author);
            BenchDialogue.fill(jdbc, Clock.systemUTC(), thread, author, THREAD_POSTS);
            routes = routes.stream()
                    .map(r -> r.replace(BenchDialogue.ROUTE_TOKEN, Long.toString(thread)))
                    .toList();
        }
        Duration timeout = Settings.seconds("bench.http.timeout", 30);
        HttpClient http = UidlClient.sharedHttpClient();
        URI base = URI.create("http://localhost:" + port + "/");

        List<RouteResult> results = new ArrayList<>();
        for (String route : routes) {
            String path = route.startsWith("/") ? route.substring(1) : route;
            // class loading, route and template caches, JIT: paid before the first heap reading
            for (int i = 0; i < warmup; i++) {
                new UidlClient(http, base, Recorder.NONE, timeout).open(path);
            }
            List<UidlClient.Session> kept = new ArrayList<>(sessions);
            Latencies latencies = new Latencies();
            long before = HeapMeter.settledUsedBytes();
            HeapHistogram histogramBefore = HeapHistogram.take();
            SessionCounters.Snapshot start = counters.snapshot();
            for (int i = 0; i < sessions; i++) {
                UidlClient client = new UidlClient(http, base, latencies, timeout);
                latencies.record("open", client.open(path), true);
                client.noop();
                // keep what a client needs to go on talking to its UI, drop its copy of the tree:
                // this JVM's heap holds both server and client, and only the server is measured
                kept.add(client.session());
            }
            long after = HeapMeter.settledUsedBytes();
            List<HeapHistogram.Growth> growth = HeapHistogram.take().growthSince(histogramBefore, 8);
            SessionCounters.Snapshot counted = counters.snapshot().minus(start);
            long live = counters.liveHttpSessions();
            stillAnswering(http, base, timeout, kept);
            Reference.reachabilityFence(kept);
            kept.clear();
            // the server still holds the sessions (until they time out): this reading is without the clients
            long withoutClients = HeapMeter.settledUsedBytes();
            // end every open session (these and the warm-up ones): the heap should fall back by as much
            int ended = counters.invalidateAll();
            // one more request: weak maps (Vaadin keeps some) drop entries of collected keys only when used
            new UidlClient(http, base, Recorder.NONE, timeout).open(path);
            long afterEnd = HeapMeter.settledUsedBytes();
            INSIDE_PER_SESSION.put(route, (after - before) / (double) sessions);
            results.add(new RouteResult(
                    route, sessions, before, after, withoutClients, afterEnd, ended, latencies, counted, live, growth));
        }
        BenchReport.publish(section(results, sessions, warmup));
        assertThat(results)
                .allSatisfy(r -> assertThat(r.counted().vaadinSessionsCreated())
                        .as("Vaadin sessions created on %s", r.route())
                        .isEqualTo(r.sessions()));
    }

    /** The first and last session kept must still answer: the figure is for live sessions. */
    private static void stillAnswering(HttpClient http, URI base, Duration timeout, List<UidlClient.Session> kept) {
        for (UidlClient.Session session : List.of(kept.getFirst(), kept.getLast())) {
            UidlClient.resume(http, base, Recorder.NONE, timeout, session).noop();
        }
    }

    private BenchReport.Section section(List<RouteResult> results, int sessions, int warmup) {
        List<BenchReport.Target> targets = new ArrayList<>();
        List<List<String>> heapRows = new ArrayList<>();
        List<List<String>> latencyRows = new ArrayList<>();
        List<List<String>> vaadinRows = new ArrayList<>();
        StringBuilder growth = new StringBuilder();
        for (RouteResult r : results) {
            double perSession = r.perSession();
            targets.add(new BenchReport.Target(
                    pageName(r.route()) + ": live heap per session",
                    BenchReport.kb(perSession),
                    "≤ 150 KB",
                    perSession <= HEAP_TARGET_BYTES));
            heapRows.add(List.of(
                    "`" + r.route() + "`",
                    String.valueOf(r.sessions()),
                    mib(r.heapBefore()),
                    mib(r.heapAfter()),
                    "**" + BenchReport.kb(perSession) + "**",
                    BenchReport.kb(r.clientShare()),
                    BenchReport.kb(perSession - r.clientShare()),
                    BenchReport.kb(r.freedPerSession()) + " (" + r.ended() + " sessions)"));
            growth.append("\n`").append(r.route()).append("`, per session: ");
            growth.append(String.join(
                    ", ",
                    r.growth().stream()
                            .map(g -> "`" + readable(g.className()) + "` "
                                    + BenchReport.kb(g.bytes() / (double) r.sessions()) + " ("
                                    + BenchReport.number(g.instances() / (double) r.sessions()) + " objects)")
                            .toList()));
            growth.append('\n');
            Latencies.Summary open = r.latencies().summary("open");
            Latencies.Summary noop = r.latencies().summary("noop");
            latencyRows.add(List.of(
                    "`" + r.route() + "`",
                    String.valueOf(open.count()),
                    BenchReport.ms(open.p50()),
                    BenchReport.ms(open.p95()),
                    BenchReport.ms(open.p99()),
                    BenchReport.ms(noop.p50()),
                    BenchReport.ratio(open.p50() / noop.p50()),
                    BenchReport.ratio(open.p95() / noop.p95())));
            List<String> parts = new ArrayList<>();
            for (String kind : List.of("page", "init", "navigate")) {
                Latencies.Summary s = r.latencies().summary(kind);
                parts.add(kind + " " + BenchReport.ms(s.p50()));
            }
            vaadinRows.add(List.of(
                    "`" + r.route() + "`",
                    String.valueOf(r.counted().vaadinSessionsCreated()),
                    String.valueOf(r.counted().uisCreated()),
                    String.valueOf(r.counted().httpSessionsCreated()),
                    String.valueOf(r.counted().httpSessionsDestroyed()),
                    String.valueOf(r.liveHttpSessions()),
                    String.join(", ", parts)));
        }
        String md = """
                Each session is a new visitor (own cookie jar) that loads the page the way a browser does: \
                GET of the page, `?v-r=init` (a new UI), then the `ui-navigate` event that renders the route, \
                then one no-op UIDL round trip. %d sessions per route, after %d warm-up sessions that are \
                not counted. The heap is this JVM's (the application runs in it): `System.gc()` repeated until \
                the heap in use after collection is stable, read before the first and after the last \
                session, with every session still open; the difference divided by the number of sessions. \
                The client keeps only a small handle per session (cookies, UI id, security key, sync ids) \
                and drops its copy of the UI tree; its share is measured by dropping the handles too and \
                reading the heap again (the server keeps the sessions until they time out). The target is \
                checked against the whole figure (client share included). As a cross-check, every open \
                session is then invalidated and the heap read once more: what that frees per session should \
                match the figure.

                """.formatted(sessions, warmup)
                + BenchReport.table(
                        List.of(
                                "route",
                                "sessions",
                                "heap before",
                                "heap after",
                                "per session",
                                "of which client handle",
                                "server only",
                                "freed when the sessions end"),
                        heapRows)
                + "\nWhere it goes: the classes whose live instances grew most (JVM class histogram, taken "
                + "after the heap readings), divided by the number of sessions.\n" + growth
                + "\nOpening latency (page + init + navigation, one session after another, no other load), "
                + "against a no-op UIDL round trip on the same session:\n\n"
                + BenchReport.table(
                        List.of(
                                "route",
                                "opened",
                                "p50",
                                "p95",
                                "p99",
                                "no-op p50",
                                "p50 / no-op p50",
                                "p95 / no-op p95"),
                        latencyRows)
                + "\nWhat the server counted while the sessions were opened (Vaadin's session and UI listeners, "
                + "the servlet container's session listener), and the median of each request:\n\n"
                + BenchReport.table(
                        List.of(
                                "route",
                                "Vaadin sessions",
                                "UIs",
                                "HTTP sessions created",
                                "HTTP sessions ended",
                                "HTTP sessions open afterwards",
                                "median per request"),
                        vaadinRows);
        return new BenchReport.Section(
                BenchReport.RUN_ID,
                1,
                "1. Vaadin session cost",
                md,
                targets,
                AppFacts.describe(environment, jdbc, "Database (benchmarks 1–2)"));
    }

    private static String pageName(String route) {
        return switch (route) {
            case "/" -> "Start page `/`";
            case "/login" -> "Login page `/login`";
            case "/events?q=" + BenchEvents.LIST_WORD -> "Event list with " + LISTED_EVENTS + " events `" + route + "`";
            default ->
                route.startsWith("/dialogues/")
                        ? "Dialogue thread with " + THREAD_POSTS + " posts `" + route + "`"
                        : "`" + route + "`";
        };
    }

    /** JVM descriptors such as {@code [B} as Java types. */
    static String readable(String className) {
        return switch (className) {
            case "[B" -> "byte[]";
            case "[C" -> "char[]";
            case "[I" -> "int[]";
            case "[J" -> "long[]";
            case "[S" -> "short[]";
            case "[D" -> "double[]";
            case "[F" -> "float[]";
            case "[Z" -> "boolean[]";
            default ->
                className.startsWith("[L") && className.endsWith(";")
                        ? className.substring(2, className.length() - 1) + "[]"
                        : className;
        };
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
