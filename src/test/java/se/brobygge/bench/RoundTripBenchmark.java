package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import com.vaadin.flow.i18n.I18NProvider;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.internal.AccountRepository;

/**
 * Benchmark 2: round trips under load. K virtual users (each on its own account) repeat the
 * start → login → profile visit with think times, each visit as a new visitor; beside them a few
 * users send no-op UIDL round trips. Both are measured in the same window of the same run, so the
 * report can give the scenario's latency as a multiple of the no-op's, which the machine's noise
 * affects alike.
 */
@BenchmarkApplication
class RoundTripBenchmark {

    static final List<String> SCENARIO_KINDS = List.of("page", "init", "navigate", "click", "login");
    /**
     * The requests Vaadin serves: what the target compares with a no-op. The login POST is Spring
     * Security checking a bcrypt hash, slow by design; it is reported beside them.
     */
    static final List<String> VAADIN_KINDS = List.of("page", "init", "navigate", "click");

    static final double RATIO_TARGET = 5.0;
    /** No-op median under load over idle median beyond which the report calls the machine saturated. */
    static final double SATURATED = 10.0;

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    I18NProvider translations;

    @Autowired
    SessionCounters counters;

    @Autowired
    Environment environment;

    @Autowired
    JdbcTemplate jdbc;

    /** Start, measuring window and end of the run, in System.nanoTime(). */
    private record Window(long start, long from, long until) {

        boolean contains(long nanos) {
            return nanos >= from && nanos <= until;
        }

        double seconds() {
            return (until - from) / 1e9;
        }

        boolean over() {
            return System.nanoTime() >= until;
        }
    }

    /** What went wrong under load, by step, with a few messages to read. */
    private static final class Errors {
        final Map<String, AtomicInteger> byStep = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

        void add(String step, String message) {
            byStep.computeIfAbsent(step, s -> new AtomicInteger()).incrementAndGet();
            if (examples.size() < 8) {
                examples.add(step + ": " + message);
            }
        }

        int total() {
            return byStep.values().stream().mapToInt(AtomicInteger::get).sum();
        }
    }

    @Test
    void roundTripsUnderLoad() throws Exception {
        int users = Settings.integer("bench.load.users", 200);
        int noopUsers = Settings.integer("bench.load.noopUsers", 10);
        Duration rampUp = Settings.seconds("bench.load.rampUp", 30);
        Duration duration = Settings.seconds("bench.load.duration", 120);
        Settings.ThinkTime pageThink = Settings.range("bench.load.pageThink", 2, 5);
        Settings.ThinkTime actionThink = Settings.range("bench.load.actionThink", 0.5, 2);
        Duration timeout = Settings.seconds("bench.http.timeout", 30);

        List<String> emails = BenchAccounts.ensure(
                users, accounts, passwordEncoder, clock, new TransactionTemplate(transactionManager));
        HttpClient http = UidlClient.sharedHttpClient();
        URI base = URI.create("http://localhost:" + port + "/");
        StartLoginProfileScenario scenario = new StartLoginProfileScenario(http, base, timeout, translations);

        // one strict visit first (and JIT warm-up): if the machinery cannot do the visit, fail now
        for (int i = 0; i < 3; i++) {
            scenario.visit(
                    emails.getFirst(),
                    Recorder.NONE,
                    StartLoginProfileScenario.noPause(),
                    StartLoginProfileScenario.noPause());
        }
        // the no-op on an idle server: how far the load pushes the floor itself (saturation shows here)
        Latencies idle = new Latencies();
        UidlClient idleClient = new UidlClient(http, base, idle, timeout);
        idleClient.open("");
        for (int i = 0; i < 100; i++) {
            idleClient.noop();
        }
        counters.invalidateAll();
        SessionCounters.Snapshot countersBefore = counters.snapshot();

        long start = System.nanoTime();
        Window window = new Window(start, start + rampUp.toNanos(), start + rampUp.toNanos() + duration.toNanos());
        Latencies scenarioLatencies = new Latencies();
        Latencies noopLatencies = new Latencies();
        Recorder scenarioRecorder = windowed(window, scenarioLatencies);
        Recorder noopWindow = windowed(window, noopLatencies);
        Recorder noopRecorder = (kind, nanos, ok) -> {
            if (kind.equals("noop")) { // the no-op users' own page loads are not what they measure
                noopWindow.record(kind, nanos, ok);
            }
        };
        Errors errors = new Errors();
        AtomicInteger visits = new AtomicInteger();
        AtomicReference<Throwable> machineryFailure = new AtomicReference<>();
        List<double[]> cpu = new ArrayList<>();

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < users; i++) {
                int user = i;
                threads.submit(guarded(machineryFailure, () -> {
                    pauseUntil(start + rampUp.toNanos() * user / users, window, machineryFailure);
                    while (!window.over() && machineryFailure.get() == null) {
                        try {
                            scenario.visit(
                                    emails.get(user),
                                    scenarioRecorder,
                                    () -> think(pageThink, window, machineryFailure),
                                    () -> think(actionThink, window, machineryFailure));
                            if (window.contains(System.nanoTime())) {
                                visits.incrementAndGet();
                            }
                        } catch (StartLoginProfileScenario.StepFailed e) {
                            if (window.contains(System.nanoTime())) {
                                errors.add(e.step, e.getCause().getMessage());
                            }
                            think(pageThink, window, machineryFailure);
                        } catch (RunOver over) {
                            return; // the user leaves mid-visit: no burst of think-less requests at the end
                        }
                    }
                }));
            }
            for (int i = 0; i < noopUsers; i++) {
                int user = i;
                threads.submit(guarded(machineryFailure, () -> {
                    pauseUntil(start + rampUp.toNanos() * user / Math.max(1, noopUsers), window, machineryFailure);
                    UidlClient client = null;
                    while (!window.over() && machineryFailure.get() == null) {
                        try {
                            if (client == null) {
                                client = new UidlClient(http, base, noopRecorder, timeout);
                                client.open("");
                            }
                            think(actionThink, window, machineryFailure);
                            client.noop();
                        } catch (RunOver over) {
                            return;
                        } catch (AppException e) {
                            if (window.contains(System.nanoTime())) {
                                errors.add("no-op", e.getMessage());
                            }
                            client = null;
                        }
                    }
                }));
            }
            threads.submit(() -> sampleCpu(window, cpu, machineryFailure));
            threads.shutdown();
            if (!threads.awaitTermination(
                    rampUp.plus(duration).plus(timeout).plusSeconds(60).toSeconds(), TimeUnit.SECONDS)) {
                machineryFailure.compareAndSet(null, new IllegalStateException("virtual users did not finish"));
                threads.shutdownNow();
            }
        }
        if (machineryFailure.get() != null) {
            throw new AssertionError("The load machinery broke: " + machineryFailure.get(), machineryFailure.get());
        }
        SessionCounters.Snapshot counted = counters.snapshot().minus(countersBefore);
        int ended = counters.invalidateAll(); // the next benchmark should not find thousands of idle sessions

        BenchReport.publish(section(
                users,
                noopUsers,
                rampUp,
                duration,
                pageThink,
                actionThink,
                window,
                scenarioLatencies,
                noopLatencies,
                idle.summary("noop"),
                errors,
                visits.get(),
                counted,
                ended,
                cpu));
        assertThat(visits.get()).as("completed visits").isPositive();
        assertThat(noopLatencies.summary("noop").count())
                .as("no-op round trips")
                .isPositive();
    }

    private static Recorder windowed(Window window, Latencies latencies) {
        return (kind, nanos, ok) -> {
            if (window.contains(System.nanoTime())) {
                latencies.record(kind, nanos, ok);
            }
        };
    }

    /** Runs a virtual user; anything but an application error is the machinery's fault and stops the run. */
    private static Runnable guarded(AtomicReference<Throwable> failure, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (RunOver over) {
                // the run ended during a think time
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
    }

    /** Ends a virtual user's visit when the run is over (or broken) during a think time. */
    private static final class RunOver extends RuntimeException {
        RunOver() {
            super(null, null, false, false);
        }
    }

    private static void think(Settings.ThinkTime think, Window window, AtomicReference<Throwable> failure) {
        pauseUntil(System.nanoTime() + think.next().toNanos(), window, failure);
        if (window.over() || failure.get() != null) {
            throw new RunOver();
        }
    }

    /** Sleeps until the moment, or until the run ends or breaks, whichever comes first. */
    private static void pauseUntil(long nanos, Window window, AtomicReference<Throwable> failure) {
        long until = Math.min(nanos, window.until());
        while (System.nanoTime() < until && failure.get() == null) {
            try {
                Thread.sleep(Math.min(250, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** System and process CPU load once a second during the window: how busy the two cores were. */
    private static void sampleCpu(Window window, List<double[]> samples, AtomicReference<Throwable> failure) {
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os)) {
            return;
        }
        while (!window.over() && failure.get() == null) {
            pauseUntil(System.nanoTime() + 1_000_000_000L, window, failure);
            if (window.contains(System.nanoTime())) {
                synchronized (samples) {
                    samples.add(new double[] {os.getCpuLoad(), os.getProcessCpuLoad()});
                }
            }
        }
    }

    private BenchReport.Section section(
            int users,
            int noopUsers,
            Duration rampUp,
            Duration duration,
            Settings.ThinkTime pageThink,
            Settings.ThinkTime actionThink,
            Window window,
            Latencies scenario,
            Latencies noop,
            Latencies.Summary idleNoop,
            Errors errors,
            int visits,
            SessionCounters.Snapshot counted,
            int ended,
            List<double[]> cpu) {
        Latencies.Summary all = scenario.summary("all requests", SCENARIO_KINDS::contains);
        Latencies.Summary vaadin = scenario.summary("Vaadin round trips", VAADIN_KINDS::contains);
        Latencies.Summary noopSummary = noop.summary("noop");
        double seconds = window.seconds();
        int failedRequests = all.errors() + noopSummary.errors();
        int errorCount = errors.total() + failedRequests;
        double ratio = vaadin.p95() / noopSummary.p95();

        List<List<String>> rows = new ArrayList<>();
        rows.add(row("**Vaadin round trips** (page, init, navigation, click)", vaadin, seconds, noopSummary));
        rows.add(row("all requests of the visit (with the login POST)", all, seconds, noopSummary));
        for (String kind : SCENARIO_KINDS) {
            rows.add(row(describe(kind), scenario.summary(kind), seconds, noopSummary));
        }
        rows.add(row("**no-op UIDL round trip**", noopSummary, seconds, noopSummary));
        rows.add(List.of(
                "no-op UIDL round trip on the idle server, before the load",
                String.valueOf(idleNoop.count()),
                String.valueOf(idleNoop.errors()),
                "—",
                BenchReport.ms(idleNoop.p50()),
                BenchReport.ms(idleNoop.p95()),
                BenchReport.ms(idleNoop.p99()),
                "—"));

        double systemCpu = cpu.stream()
                .mapToDouble(s -> s[0])
                .filter(v -> v >= 0)
                .average()
                .orElse(Double.NaN);
        double processCpu = cpu.stream()
                .mapToDouble(s -> s[1])
                .filter(v -> v >= 0)
                .average()
                .orElse(Double.NaN);
        StringBuilder md = new StringBuilder();
        md.append("""
                %d virtual users, each on its own account (`bench-user-0001…`, created or reset before the \
                run, all with the test password), repeat a visit as a new visitor each time (new cookie jar, \
                new HTTP and Vaadin session): open `/` (page, UI init, navigation) → %s → click "Logga in" \
                (the login view opens in the same UI) → %s → submit the login form (POST `/login` with the \
                page's CSRF token) → open `/profile` (page, UI init, navigation; the redirect after login is \
                not rendered) → %s → click "Spara" (saves the profile, shows a notification) → %s. Think \
                times are uniform: %s between pages, %s between actions. Users start evenly over a %d s \
                ramp-up; then %d s are measured (only requests that end in that window count). Beside them \
                %d users each hold one UI on `/` and send a no-op UIDL round trip (no RPC) after every \
                action think time: the floor any round trip costs on this machine at this moment. \
                The load client runs in the same JVM as the application and shares its two cores. \
                Three strict visits run first (they must succeed, or the run fails).

                """.formatted(
                        users,
                        "action think",
                        "page think",
                        "action think",
                        "page think",
                        pageThink,
                        actionThink,
                        rampUp.toSeconds(),
                        duration.toSeconds(),
                        noopUsers));
        md.append(BenchReport.table(
                List.of("round trip", "requests", "errors", "per second", "p50", "p95", "p99", "p95 / no-op p95"),
                rows));
        md.append("\n**p95 of the Vaadin round trips = ")
                .append(BenchReport.ratio(ratio))
                .append(" the p95 of a no-op round trip in the same run** (")
                .append(BenchReport.ms(vaadin.p95()))
                .append(" vs ")
                .append(BenchReport.ms(noopSummary.p95()))
                .append("). With the login POST counted as a round trip too: ")
                .append(BenchReport.ratio(all.p95() / noopSummary.p95()))
                .append(" (")
                .append(BenchReport.ms(all.p95()))
                .append(").\n\n");
        md.append("Visits completed in the window: ")
                .append(visits)
                .append(" (")
                .append(BenchReport.number(visits / seconds))
                .append(" per second). Errors: ")
                .append(errorCount)
                .append(" (")
                .append(errors.total())
                .append(" failed steps, ")
                .append(failedRequests)
                .append(" failed requests).\n");
        if (!errors.byStep.isEmpty()) {
            md.append("\n")
                    .append(BenchReport.table(
                            List.of("step", "failures"),
                            errors.byStep.entrySet().stream()
                                    .map(e -> List.of(
                                            e.getKey(),
                                            String.valueOf(e.getValue().get())))
                                    .toList()));
            md.append("\nFirst failures:\n\n");
            errors.examples.forEach(
                    e -> md.append("- ").append(e.replace("|", "\\|")).append('\n'));
        }
        md.append("\nUnder this load the no-op's median is ")
                .append(BenchReport.ratio(noopSummary.p50() / idleNoop.p50()))
                .append(" its median on the idle server (")
                .append(BenchReport.ms(noopSummary.p50()))
                .append(" vs ")
                .append(BenchReport.ms(idleNoop.p50()))
                .append("): the larger this is, the more of every round ")
                .append("trip is waiting for a busy CPU rather than work, and the more the ratio above measures a ")
                .append("saturated machine rather than the application.\n");
        md.append("\nDuring the window the machine's CPU load averaged ")
                .append(percent(systemCpu))
                .append(" (this JVM: ")
                .append(percent(processCpu))
                .append("). The server counted ")
                .append(counted.vaadinSessionsCreated())
                .append(" Vaadin sessions and ")
                .append(counted.uisCreated())
                .append(" UIs over the whole run; ")
                .append(ended)
                .append(" sessions still open at the end were invalidated.\n");

        List<BenchReport.Target> targets = List.of(
                new BenchReport.Target(
                        users + " virtual users, start → login → profile: errors",
                        errorCount + " in " + visits + " visits (" + all.count() + " requests)",
                        "0",
                        errorCount == 0),
                new BenchReport.Target(
                        users + " virtual users: p95 Vaadin round trip vs no-op p95 of the same run",
                        BenchReport.ratio(ratio) + " (" + BenchReport.ms(vaadin.p95()) + " vs "
                                + BenchReport.ms(noopSummary.p95()) + ")" + saturation(noopSummary, idleNoop),
                        "≤ 5×",
                        ratio <= RATIO_TARGET));
        return new BenchReport.Section(
                BenchReport.RUN_ID,
                2,
                "2. Round trips under load",
                md.toString(),
                targets,
                AppFacts.describe(environment, jdbc, "Database (benchmarks 1–2)"));
    }

    /**
     * A warning for the target line when the no-op itself slowed down tenfold: the ratio then
     * compares two queues for the same busy CPU, and says little about the application.
     */
    private static String saturation(Latencies.Summary loaded, Latencies.Summary idle) {
        double slowdown = loaded.p50() / idle.p50();
        return slowdown > SATURATED
                ? "; saturated: no-op median " + BenchReport.ratio(slowdown) + " its idle median"
                : "";
    }

    private static List<String> row(String label, Latencies.Summary s, double seconds, Latencies.Summary noop) {
        return List.of(
                label,
                String.valueOf(s.count()),
                String.valueOf(s.errors()),
                BenchReport.number(s.count() / seconds),
                BenchReport.ms(s.p50()),
                BenchReport.ms(s.p95()),
                BenchReport.ms(s.p99()),
                BenchReport.ratio(s.p95() / noop.p95()));
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "page" -> "page (GET of the bootstrap HTML)";
            case "init" -> "UI init (`?v-r=init`)";
            case "navigate" -> "navigation (`ui-navigate` UIDL)";
            case "click" -> "click (UIDL event)";
            case "login" -> "login form POST (bcrypt check)";
            default -> kind;
        };
    }

    private static String percent(double load) {
        return Double.isNaN(load) ? "—" : String.format(Locale.ROOT, "%.0f %%", load * 100);
    }
}
