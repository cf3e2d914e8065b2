package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.support.ApplicationNode;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Two nodes against one MariaDB, one OpenSearch and one Redis, as in docker/compose.scale.yaml:
 * how soon what is saved on node A is in node B's list and search (published, cancelled; an
 * association registered), and whether the login failure limit holds across the nodes.
 */
class TwoNodesBenchmark {

    /** The promise: node B shows node A's change within 2 s. */
    static final double SHARED_SEARCH_TARGET_MS = 2_000;

    @Test
    void changesOnNodeAReachNodeB() {
        int changes = Settings.integer("bench.twoNodes.changes", 20);
        ApplicationNode a = ApplicationNode.a();
        ApplicationNode b = ApplicationNode.b();
        TestAccounts.Created organiser = a.bean(TestAccounts.class).create("Bench två noder", Roles.STAFF);
        TestAccounts.Created chair = a.bean(TestAccounts.class).create("Bench två noder ordf", Roles.RESIDENT);
        EventEditingService eventsOnA = a.bean(EventEditingService.class);
        EventService eventsOnB = b.bean(EventService.class);

        Latencies seen = new Latencies();
        List<EventId> published = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            String marker = "tn" + Long.toString(System.nanoTime(), 36);
            EventId event = a.as(
                    organiser,
                    Roles.STAFF,
                    () -> eventsOnA.create(TestEvents.draft("Föreningarnas kväll " + marker, 10)));
            long start = System.nanoTime();
            boolean found = await(() -> foundOn(eventsOnB, "förening " + marker).contains(event));
            seen.record("published", System.nanoTime() - start, found);
            published.add(event);
            markers.add(marker);
        }
        for (int i = 0; i < changes; i++) {
            EventId event = published.get(i);
            String marker = markers.get(i);
            a.as(organiser, Roles.STAFF, () -> {
                eventsOnA.cancel(event, "Lokalen är inte ledig");
                return null;
            });
            long start = System.nanoTime();
            boolean gone = await(() -> !foundOn(eventsOnB, "förening " + marker).contains(event));
            seen.record("cancelled", System.nanoTime() - start, gone);
        }
        AssociationService associationsOnA = a.bean(AssociationService.class);
        AssociationService associationsOnB = b.bean(AssociationService.class);
        for (int i = 0; i < Math.max(5, changes / 4); i++) {
            String marker = "ta" + Long.toString(System.nanoTime(), 36);
            AssociationId id = a.as(
                    chair,
                    Roles.RESIDENT,
                    () -> associationsOnA.register(AssociationTestData.draft(
                            "Schackklubben " + marker,
                            AssociationTestData.organisationNumber(),
                            "Vi spelar i biblioteket. " + marker)));
            long start = System.nanoTime();
            boolean found = await(() ->
                    associationsOnB
                            .directory(new AssociationFilter("bibliotek " + marker, null, null, null, false, false))
                            .stream()
                            .map(Association::id)
                            .toList()
                            .contains(id));
            seen.record("association", System.nanoTime() - start, found);
        }

        // the login failure limit (5 a minute) counted through Redis by both nodes
        String caller = "bench-" + System.nanoTime() + "@two-nodes.example";
        RateLimits limitsOnA = a.bean(RateLimits.class);
        RateLimits limitsOnB = b.bean(RateLimits.class);
        for (int i = 0; i < 3; i++) {
            limitsOnA.record("login", caller);
        }
        for (int i = 0; i < 2; i++) {
            limitsOnB.record("login", caller);
        }
        boolean lockedOnBoth = !limitsOnA.allows("login", caller) && !limitsOnB.allows("login", caller);

        List<List<String>> rows = new ArrayList<>();
        List<BenchReport.Target> targets = new ArrayList<>();
        for (String kind : List.of("published", "cancelled", "association")) {
            Latencies.Summary s = seen.summary(kind);
            rows.add(List.of(
                    kind,
                    String.valueOf(s.count()),
                    String.valueOf(s.errors()),
                    BenchReport.ms(s.p50()),
                    BenchReport.ms(s.p95()),
                    BenchReport.ms(s.max())));
            targets.add(new BenchReport.Target(
                    "Node A's change in node B's search (" + kind + "): max",
                    BenchReport.ms(s.max()) + ", " + s.errors() + " not seen within 10 s",
                    "≤ " + BenchReport.ms(SHARED_SEARCH_TARGET_MS),
                    s.errors() == 0 && s.max() <= SHARED_SEARCH_TARGET_MS));
        }
        targets.add(new BenchReport.Target(
                "Login failures 3 on node A + 2 on node B lock the account on both",
                lockedOnBoth ? "locked on both" : "not locked",
                "locked on both",
                lockedOnBoth));
        String md = "Two more application nodes in the benchmark JVM, each with its own Hibernate Search mapping, "
                + "against the same MariaDB, the test OpenSearch and Redis. Each change is saved on node A; node B "
                + "is asked every 20 ms until its list search shows it (events: found by another inflection of the "
                + "title's word; associations: the directory search). Time from the save's return:\n\n"
                + BenchReport.table(List.of("change", "measured", "not seen in 10 s", "p50", "p95", "max"), rows)
                + "\nLogin failure limit across the nodes (Redis): "
                + (lockedOnBoth
                        ? "3 failures recorded on node A and 2 on node B lock the account on both."
                        : "**not locked** after 3 failures on node A and 2 on node B.")
                + "\n";
        BenchReport.publish(new BenchReport.Section(
                BenchReport.RUN_ID,
                8,
                "8. Two nodes: shared search and limits",
                md,
                targets,
                Map.of("Nodes", "2 in the benchmark JVM, OpenSearch search, Redis rate limits")));
        assertThat(seen.summary("published").count()).isEqualTo(changes);
    }

    private static List<EventId> foundOn(EventService node, String words) {
        return node
                .upcomingPage(
                        new EventFilter(words, null, null, null, null, null, false, false, null),
                        0,
                        EventService.PAGE_SIZE)
                .events()
                .stream()
                .map(EventSummary::id)
                .toList();
    }

    /** Asks every 20 ms for at most 10 s; whether the answer came. */
    private static boolean await(BooleanSupplier seen) {
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .until(seen::getAsBoolean);
            return true;
        } catch (ConditionTimeoutException notSeen) {
            return false;
        }
    }
}
