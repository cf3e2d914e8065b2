package se.brobygge.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.support.TestAccounts;

/**
 * Benchmark 11: a first visit on a slow phone. Chromium with a 360 × 740 window, its CPU slowed
 * 4× and the network shaped to "slow 4G" through the DevTools protocol, opens each page with an
 * empty cache (a new browser profile per load), five times, on the production bundle with the
 * application's compression. Reports first and largest contentful paint (the page's own
 * PerformanceObserver entries), bytes over the wire and requests.
 */
@BenchmarkApplication
class PhonePageLoadBenchmark {

    static final double LCP_TARGET_MS = 2_500;
    static final long EVENTS_BYTES_TARGET = 400_000;

    /** Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (1 kbit = 1,024 bit). */
    static final double LATENCY_MS = 150;

    static final double DOWN_KBIT = 1.6 * 1024;
    static final double UP_KBIT = 750;

    /** The word in the title of the events made here, new in every run. */
    static final String WORD = "benchmobil"
            + SessionCostOutsideBenchmark.letters(ProcessHandle.current().pid());

    private static final String SETTLED = "() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
            + " && Object.values(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
            + " && document.querySelector('h1') !== null";

    /** Paint entries, read after the page has settled; LCP's last entry is the largest. */
    private static final String PAINTS = """
            () => new Promise(resolve => {
              let lcp = -1;
              let element = '';
              new PerformanceObserver(list => {
                for (const e of list.getEntries()) {
                  lcp = e.startTime;
                  element = e.element ? e.element.tagName.toLowerCase()
                      + (e.element.className && typeof e.element.className === 'string'
                          ? '.' + e.element.className.trim().split(/\\s+/).join('.') : '') : (e.url || '');
                }
              }).observe({type: 'largest-contentful-paint', buffered: true});
              setTimeout(() => {
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const resources = performance.getEntriesByType('resource');
                const navigation = performance.getEntriesByType('navigation')[0];
                const transfer = resources.reduce((sum, r) => sum + (r.transferSize || 0), 0)
                    + (navigation ? navigation.transferSize : 0);
                resolve({fcp: fcp ? fcp.startTime : -1, lcp: lcp, element: element, transfer: transfer,
                    production: !document.querySelector('vaadin-dev-tools')});
              }, 200);
            })""";

    /** One page: its name in the report and its route. */
    private record Target(String page, String route) {}

    /** One load, as the browser saw it. */
    private record Load(
            double fcp,
            double lcp,
            String lcpElement,
            long bytes,
            long transferSize,
            int requests,
            int scripts,
            int compressed,
            boolean production,
            double settledMs) {}

    @LocalServerPort
    int port;

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
    void firstVisitOnASlowPhone() throws Exception {
        int loads = Settings.integer("bench.phone.loads", 5);
        int listed = Settings.integer("bench.phone.events", 12);
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium at " + chromium);
        List<EventId> shown = BenchEvents.listOf(WORD, listed, events, editing, accounts);
        List<Target> targets = List.of(
                new Target("Start page", "/"),
                new Target("Event list", "/events"),
                new Target("Event page", "/events/" + shown.getFirst().value()));
        Map<Target, List<Load>> measured = new LinkedHashMap<>();
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
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
                                    "--no-first-run")));
            // one unmeasured load of each page: the server's caches and JIT, not the phone's
            for (Target t : targets) {
                load(browser, t.route());
            }
            for (int i = 0; i < loads; i++) {
                for (Target t : targets) {
                    measured.computeIfAbsent(t, k -> new ArrayList<>()).add(load(browser, t.route()));
                }
            }
            browser.close();
        }
        // the list shows every upcoming event: on a database used before, more than were made here
        long upcoming = events.upcomingPage(new EventFilter(null, null, null, null, null, null, false, false), 0, 1)
                .total();
        BenchReport.publish(section(measured, loads, upcoming, listed));
    }

    /** One cold load in a new browser profile: nothing cached, no cookies, no service worker. */
    private Load load(Browser browser, String route) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("sv-SE"));
        try {
            Page page = context.newPage();
            CDPSession cdp = context.newCDPSession(page);
            Map<String, String> types = new ConcurrentHashMap<>();
            Set<String> requests = ConcurrentHashMap.newKeySet();
            AtomicLong bytes = new AtomicLong();
            AtomicLong compressed = new AtomicLong();
            AtomicLong lastActivity = new AtomicLong(System.nanoTime());
            cdp.on("Network.requestWillBeSent", e -> {
                requests.add(e.get("requestId").getAsString());
                lastActivity.set(System.nanoTime());
            });
            cdp.on("Network.responseReceived", e -> {
                types.put(e.get("requestId").getAsString(), e.get("type").getAsString());
                JsonObject headers = e.getAsJsonObject("response").getAsJsonObject("headers");
                if (headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-encoding"))) {
                    compressed.incrementAndGet();
                }
                lastActivity.set(System.nanoTime());
            });
            cdp.on("Network.loadingFinished", e -> {
                bytes.addAndGet(e.get("encodedDataLength").getAsLong());
                lastActivity.set(System.nanoTime());
            });
            cdp.send("Network.enable");
            cdp.send("Network.setCacheDisabled", json("cacheDisabled", true));
            JsonObject conditions = new JsonObject();
            conditions.addProperty("offline", false);
            conditions.addProperty("latency", LATENCY_MS);
            conditions.addProperty("downloadThroughput", DOWN_KBIT * 1024 / 8);
            conditions.addProperty("uploadThroughput", UP_KBIT * 1024 / 8);
            cdp.send("Network.emulateNetworkConditions", conditions);
            cdp.send("Emulation.setCPUThrottlingRate", json("rate", 4));

            long start = System.nanoTime();
            page.navigate("http://localhost:" + port + route, new Page.NavigateOptions().setTimeout(120_000));
            page.waitForFunction(SETTLED, null, new Page.WaitForFunctionOptions().setTimeout(120_000));
            // settled: Vaadin idle, the heading there, and no network activity for a second
            while (System.nanoTime() - lastActivity.get() < 1_000_000_000L) {
                page.waitForTimeout(200);
            }
            double settled = (lastActivity.get() - start) / 1e6;
            @SuppressWarnings("unchecked")
            Map<String, Object> paints = (Map<String, Object>) page.evaluate(PAINTS);
            int scripts = (int) types.values().stream().filter("Script"::equals).count();
            return new Load(
                    ((Number) paints.get("fcp")).doubleValue(),
                    ((Number) paints.get("lcp")).doubleValue(),
                    String.valueOf(paints.get("element")),
                    bytes.get(),
                    ((Number) paints.get("transfer")).longValue(),
                    requests.size(),
                    scripts,
                    (int) compressed.get(),
                    Boolean.TRUE.equals(paints.get("production")),
                    settled);
        } finally {
            context.close();
        }
    }

    private static JsonObject json(String key, Object value) {
        JsonObject o = new JsonObject();
        if (value instanceof Boolean b) {
            o.addProperty(key, b);
        } else {
            o.addProperty(key, (Number) value);
        }
        return o;
    }

    private BenchReport.Section section(Map<Target, List<Load>> measured, int loads, long listed, int made) {
        List<BenchReport.Target> targets = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> each = new ArrayList<>();
        for (Map.Entry<Target, List<Load>> m : measured.entrySet()) {
            Target t = m.getKey();
            List<Load> l = m.getValue();
            double fcp = median(l.stream().mapToDouble(Load::fcp).toArray());
            double lcp = median(l.stream().mapToDouble(Load::lcp).toArray());
            double bytes = median(l.stream().mapToDouble(Load::bytes).toArray());
            double transfer = median(l.stream().mapToDouble(Load::transferSize).toArray());
            double requests = median(l.stream().mapToDouble(Load::requests).toArray());
            double scripts = median(l.stream().mapToDouble(Load::scripts).toArray());
            double compressed = median(l.stream().mapToDouble(Load::compressed).toArray());
            targets.add(new BenchReport.Target(
                    t.page() + " `" + t.route() + "` on a slow phone: median largest contentful paint",
                    seconds(lcp),
                    "≤ 2.5 s",
                    lcp >= 0 && lcp <= LCP_TARGET_MS));
            if (t.route().equals("/events")) {
                targets.add(new BenchReport.Target(
                        "Event list `/events`, cold load: bytes over the wire",
                        kb(bytes),
                        "≤ 400 KB",
                        bytes <= EVENTS_BYTES_TARGET));
            }
            rows.add(List.of(
                    t.page() + " `" + t.route() + "`",
                    seconds(fcp),
                    "**" + seconds(lcp) + "**",
                    "**" + kb(bytes) + "**",
                    kb(transfer),
                    BenchReport.count(Math.round(requests)),
                    BenchReport.count(Math.round(scripts)),
                    BenchReport.count(Math.round(compressed)),
                    l.getLast().lcpElement().isEmpty() ? "—" : "`" + l.getLast().lcpElement() + "`"));
            for (int i = 0; i < l.size(); i++) {
                Load x = l.get(i);
                each.add(List.of(
                        "`" + t.route() + "`",
                        String.valueOf(i + 1),
                        seconds(x.fcp()),
                        seconds(x.lcp()),
                        kb(x.bytes()),
                        String.valueOf(x.requests()),
                        String.valueOf(x.scripts()),
                        seconds(x.settledMs()),
                        x.production() ? "yes" : "**no**"));
            }
        }
        String md = """
                A first visit from a slow phone. Chromium (headless, `/usr/bin/chromium`) driven by \
                Playwright, a 360 × 740 window (device scale 2, touch, mobile), the CPU slowed 4× \
                (`Emulation.setCPUThrottlingRate`), the network shaped with \
                `Network.emulateNetworkConditions` to Lighthouse's "slow 4G": %s ms latency per request, \
                %s kbit/s down, %s kbit/s up (1 kbit = 1,024 bit). Every load is cold: a new browser \
                profile (no cache, cookies or service worker) and `Network.setCacheDisabled`. One \
                unmeasured load of each page first (the server's caches and JIT), then %d loads each, in \
                turn; the medians are in the table. The application runs its production frontend bundle \
                with the compression of `application.properties` (`server.compression`). The event list \
                shows %d upcoming published events (%s made for this run, the rest left by earlier \
                runs or benchmarks on the same database); the event page is the first made here.

                A load is settled when Vaadin has no request in flight, the page's heading is there, and \
                the network has been quiet for a second; then the page's own `PerformanceObserver` \
                entries are read: `first-contentful-paint` and the last `largest-contentful-paint` \
                (milliseconds from the navigation's start). Bytes are what came over the wire \
                (`encodedDataLength` of every finished request in the DevTools protocol: compressed \
                bodies and headers); the Resource Timing sum (`transferSize` of the navigation and of \
                every resource) is beside it. Requests count every request the page made until settled \
                (the service worker's own fetches excluded), scripts those the browser loaded as scripts. \
                The machine is shared and has two cores: the throttled CPU is 4× slower than a loaded \
                one, so the paints are on the pessimistic side.

                """.formatted(fmt(LATENCY_MS), fmt(DOWN_KBIT), fmt(UP_KBIT), loads, listed, made)
                + BenchReport.table(
                        List.of(
                                "page",
                                "median FCP",
                                "median LCP",
                                "bytes (median)",
                                "Resource Timing bytes",
                                "requests",
                                "script requests",
                                "compressed responses",
                                "LCP element (last load)"),
                        rows)
                + "\nEvery load (\"settled\": the last network activity, from the navigation's start; "
                + "\"production\": no development tools on the page):\n\n"
                + BenchReport.table(
                        List.of(
                                "route",
                                "load",
                                "FCP",
                                "LCP",
                                "bytes",
                                "requests",
                                "scripts",
                                "settled",
                                "production bundle"),
                        each);
        return new BenchReport.Section(
                BenchReport.RUN_ID,
                11,
                "11. First visit on a slow phone",
                md,
                targets,
                AppFacts.describe(environment, jdbc, "Database (benchmarks 1–2, 10–11)"));
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String seconds(double millis) {
        return millis < 0 ? "—" : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
