package se.brobygge.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.internal.DigestJob;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.scheduling.SchedulingConfiguration;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestSmtp;

/**
 * Two application nodes on one database: every scheduled job runs on one of them per tick. The
 * nodes are two ShedLock schedulers, each with its own lock provider, on the test database.
 */
@IntegrationTest
class SchedulerLockIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    DigestJob digests;

    @Autowired
    MutableClock clock;

    @Autowired
    TestAccounts accounts;

    @Autowired
    NotificationService notifications;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoSchedulersOnOneDatabaseRunEachJobOncePerTick() throws Exception {
        LockingTaskExecutor nodeA =
                new DefaultLockingTaskExecutor(SchedulingConfiguration.lockProvider(dataSource, "node-a"));
        LockingTaskExecutor nodeB =
                new DefaultLockingTaskExecutor(SchedulingConfiguration.lockProvider(dataSource, "node-b"));
        String suffix = Long.toString(System.nanoTime());
        List<String> jobs = List.of("test-digests-" + suffix, "test-mail-dispatch-" + suffix, "test-retry-" + suffix);
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, String> ranOn = new ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(2 * jobs.size());
        try {
            for (int tick = 1; tick <= 3; tick++) {
                CyclicBarrier together = new CyclicBarrier(2 * jobs.size());
                CountDownLatch done = new CountDownLatch(2 * jobs.size());
                for (String job : jobs) {
                    for (var node : List.of(Map.entry("node-a", nodeA), Map.entry("node-b", nodeB))) {
                        threads.submit(() -> {
                            try {
                                together.await(10, TimeUnit.SECONDS);
                                // both nodes fire the same tick; lockAtLeastFor covers clock skew between them
                                node.getValue()
                                        .executeWithLock(
                                                (Runnable) () -> {
                                                    runs.computeIfAbsent(job, j -> new AtomicInteger())
                                                            .incrementAndGet();
                                                    ranOn.merge(job, node.getKey(), (a, b) -> a + "," + b);
                                                    sleep(200);
                                                },
                                                new LockConfiguration(
                                                        Instant.now(),
                                                        job,
                                                        Duration.ofSeconds(30),
                                                        Duration.ofMillis(800)));
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            } finally {
                                done.countDown();
                            }
                        });
                    }
                }
                assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
                for (String job : jobs) {
                    assertThat(runs.get(job).get())
                            .as(job + " after tick " + tick + " (ran on " + ranOn.get(job) + ")")
                            .isEqualTo(tick);
                }
                sleep(1200); // the next tick comes after lockAtLeastFor
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theDigestJobDoesNotRunWhileAnotherNodeHoldsItsLock() throws Exception {
        GreenMail smtp = TestSmtp.start();
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> notifications.setPreference(NotificationKind.MESSAGE, Delivery.DAILY));
        transactions.executeWithoutResult(s -> publisher.publishEvent(new NotificationRequested(
                erik.id().value(),
                NotificationKind.MESSAGE,
                "lock-test",
                "messaging.notify.subject",
                "messaging.notify.body",
                List.of("Sara"),
                null,
                null)));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> RunAs.as(erik, Roles.RESIDENT, () -> notifications.unreadCount()) == 1);

        LockProvider otherNode = SchedulingConfiguration.lockProvider(dataSource, "other-node");
        Optional<SimpleLock> held = otherNode.lock(
                new LockConfiguration(Instant.now(), "notifications.digests", Duration.ofSeconds(60), Duration.ZERO));
        assertThat(held).as("the other node takes the digest lock").isPresent();
        clock.advance(Duration.ofDays(1));
        try {
            digests.tick(); // this node's scheduler fires: skipped, the other node has the lock
            await().pollDelay(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> true);
            assertThat(Mailbox.messagesFor(smtp, erik.email())).isEmpty();

            held.get().unlock();
            digests.tick();
            assertThat(Mailbox.awaitOne(smtp, erik.email()).getSubject()).contains("dagliga sammanfattning");
        } finally {
            clock.reset();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
