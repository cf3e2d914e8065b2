package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.bench.PageVisit;
import se.brobygge.shared.operations.LongWorkRunner;
import se.brobygge.shell.DatabaseUnavailable;
import se.brobygge.support.ApplicationNode;

/**
 * Long work (a roll-up, an export, retention, reindexing, a matching round) may keep the database
 * busy well past the 4 s that a request waits for an answer, and must then finish; a page must
 * still fail within 5 s when the database freezes, and a connection that long work used must come
 * back to the pool with the short timeout (docs/decisions/0039).
 */
class LongWorkIT {

    private static final Logger log = LoggerFactory.getLogger(LongWorkIT.class);
    static final Duration PAGE_FAILS_WITHIN = Duration.ofSeconds(5);
    /** The title of the "try again in a moment" page, in Swedish (error.unavailable.title). */
    static final String UNAVAILABLE = "Brobygge är tillfälligt otillgängligt";

    static ApplicationNode node;

    @BeforeAll
    static void startNode() {
        node = ApplicationNode.b();
    }

    @Test
    void aTenSecondStatementInLongWorkCompletes() throws Exception {
        ApplicationNode.SlowWork slow = node.bean(ApplicationNode.SlowWork.class);
        LongWorkRunner runner = node.bean(LongWorkRunner.class);
        JdbcTemplate jdbc = node.bean(JdbcTemplate.class);
        long start = System.nanoTime();
        // the annotated way (a scheduled job, a service method) and a worker thread's way, side by side
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> annotated = CompletableFuture.supplyAsync(() -> slow.asLongWork(10), threads);
            CompletableFuture<Integer> handedOver = CompletableFuture.supplyAsync(
                    () -> runner.call(() -> jdbc.queryForObject("SELECT SLEEP(10)", Integer.class)), threads);
            assertThat(annotated.get())
                    .as("SLEEP answers 0 when it slept to the end")
                    .isZero();
            assertThat(handedOver.get()).isZero();
        } finally {
            threads.shutdownNow();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        log.info("Two 10 s statements as long work completed after {} ms", took.toMillis());
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void longWorkWithAWaitOfItsOwnGivesUpAfterThatWait() {
        ApplicationNode.SlowWork slow = node.bean(ApplicationNode.SlowWork.class);
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.asLongWorkOfSevenSeconds(12))
                .satisfies(failure -> assertThat(DatabaseUnavailable.causes(failure))
                        .as("seen as the database being away, as the pages tell it: " + chain(failure))
                        .isTrue());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took)
                .as("its own 7 s, not the requests' 4 s nor the long work's minutes")
                .isBetween(Duration.ofMillis(6500), Duration.ofSeconds(11));
    }

    @Test
    void theSameStatementInARequestStillFailsFastOnEveryPooledConnection() throws Exception {
        ApplicationNode.SlowWork slow = node.bean(ApplicationNode.SlowWork.class);
        // long work first, so its connections are back in the pool before the requests borrow them
        assertThat(slow.asLongWork(5)).isZero();
        // nearly every connection of the pool (the node's own jobs keep borrowing one now and then)
        int pool = node.bean(Environment.class)
                        .getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 10)
                - 2;
        ExecutorService threads = Executors.newFixedThreadPool(pool);
        try {
            List<CompletableFuture<Duration>> requests = new ArrayList<>();
            for (int i = 0; i < pool; i++) {
                requests.add(CompletableFuture.supplyAsync(
                        () -> {
                            long start = System.nanoTime();
                            assertThatThrownBy(() -> slow.asRequest(10))
                                    .as("a 10 s statement in a request")
                                    .satisfies(failure -> assertThat(DatabaseUnavailable.causes(failure))
                                            .as("seen as the database being away, as the pages tell it: "
                                                    + chain(failure))
                                            .isTrue());
                            return Duration.ofNanos(System.nanoTime() - start);
                        },
                        threads));
            }
            for (CompletableFuture<Duration> request : requests) {
                Duration took = request.get();
                assertThat(took)
                        .as("each pooled connection has the requests' short timeout again")
                        .isLessThan(PAGE_FAILS_WITHIN);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFrozenDatabaseStillFailsAPageWithinFiveSeconds() {
        URI base = node.uri("/");
        assertThat(PageVisit.open(base, "dialogues", Duration.ofSeconds(30)).headings())
                .as("before the freeze")
                .isNotEmpty()
                .doesNotContain(UNAVAILABLE);
        node.proxy().freeze();
        try {
            PageVisit.Shown page = PageVisit.open(base, "dialogues", Duration.ofSeconds(30));
            log.info(
                    "The dialogue page with a frozen database was shown after {} ms",
                    page.took().toMillis());
            assertThat(page.headings())
                    .as("the page says the service is away for a moment")
                    .contains(UNAVAILABLE);
            assertThat(page.took()).isLessThanOrEqualTo(PAGE_FAILS_WITHIN);
        } finally {
            node.proxy().unfreeze();
        }
    }

    private static String chain(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            chain.append(" <- ")
                    .append(t.getClass().getName())
                    .append(t instanceof SQLException sql ? "[" + sql.getSQLState() + "]" : "")
                    .append(": ")
                    .append(t.getMessage());
            for (Throwable suppressed : t.getSuppressed()) {
                chain.append(" (suppressed ").append(suppressed).append(')');
            }
        }
        return chain.toString();
    }
}
