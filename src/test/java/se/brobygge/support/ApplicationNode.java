package se.brobygge.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.Application;
import se.brobygge.shared.operations.LongWork;

/**
 * One more Brobygge node in this JVM, on its own port and with its own beans, against the test
 * database (directly, or through a NetCrusher TCP proxy that tests freeze and close to play a
 * network fault or a database restart), searching in the test OpenSearch as the nodes of
 * docker/compose.scale.yaml do (profile search-opensearch). Separate from the shared test context;
 * the nodes are started once per JVM and closed when it ends. Both share their rate limits through
 * the Redis of the machine ({@link #REDIS}) under a key prefix of this run, node B through a proxy
 * of its own; without Redis they count alone, as the application does.
 */
public final class ApplicationNode implements AutoCloseable {

    private static final Pattern JDBC = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?(/.*)");
    private static ApplicationNode a;
    private static ApplicationNode b;
    /** The Redis of the shared rate limits, {@code BROBYGGE_TEST_REDIS_URL} or this machine's. */
    public static final URI REDIS =
            URI.create(System.getenv().getOrDefault("BROBYGGE_TEST_REDIS_URL", "redis://127.0.0.1:6379"));
    /** This run's rate-limit keys in Redis, apart from any other run's. */
    public static final String REDIS_KEY_PREFIX = "brobygge-test-" + UUID.randomUUID() + ":";

    private final String name;
    private final ConfigurableApplicationContext context;
    private final TcpCrusher proxy;
    private final NioReactor reactor;
    private final TcpCrusher redisProxy;

    private ApplicationNode(
            String name,
            ConfigurableApplicationContext context,
            TcpCrusher proxy,
            NioReactor reactor,
            TcpCrusher redisProxy) {
        this.name = name;
        this.context = context;
        this.proxy = proxy;
        this.reactor = reactor;
        this.redisProxy = redisProxy;
    }

    /** Node A, straight to the database. */
    public static synchronized ApplicationNode a() {
        if (a == null) {
            a = start("node-a", false, Ticks.class, SlowWork.class);
        }
        return a;
    }

    /** Node B, through a TCP proxy that {@link #proxy()} controls. */
    public static synchronized ApplicationNode b() {
        if (b == null) {
            b = start("node-b", true, Ticks.class, SlowWork.class);
        }
        return b;
    }

    static ApplicationNode start(String name, boolean throughProxy, Class<?>... extraBeans) {
        TestDatabase.Connection db = TestDatabase.connection();
        TcpCrusher proxy = null;
        NioReactor reactor = null;
        String url = db.url();
        TcpCrusher redisProxy = null;
        String redis = REDIS.toString();
        if (throughProxy) {
            Matcher jdbc = JDBC.matcher(db.url());
            if (!jdbc.matches()) {
                throw new IllegalStateException("Not a MariaDB JDBC URL: " + db.url());
            }
            try {
                reactor = new NioReactor();
                int port = freePort();
                proxy = TcpCrusherBuilder.builder()
                        .withReactor(reactor)
                        .withBindAddress("127.0.0.1", port)
                        .withConnectAddress(new InetSocketAddress(
                                jdbc.group(1), jdbc.group(2) == null ? 3306 : Integer.parseInt(jdbc.group(2))))
                        .buildAndOpen();
                url = "jdbc:mariadb://127.0.0.1:" + port + jdbc.group(3);
                redisProxy = TcpCrusherBuilder.builder()
                        .withReactor(reactor)
                        .withBindAddress("127.0.0.1", freePort())
                        .withConnectAddress(
                                new InetSocketAddress(REDIS.getHost(), REDIS.getPort() < 0 ? 6379 : REDIS.getPort()))
                        .buildAndOpen();
                redis = "redis://127.0.0.1:" + redisProxy.getBindAddress().getPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", db.user());
        properties.put("spring.datasource.password", db.password());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(TestSmtp.port()));
        properties.put("spring.security.oauth2.client.provider.municipality.issuer-uri", TestOidcProvider.issuer());
        properties.put("server.port", "0");
        properties.put("brobygge.node-name", name);
        properties.put("spring.datasource.hikari.pool-name", name);
        properties.put("brobygge.redis.url", redis);
        properties.put("brobygge.redis.key-prefix", REDIS_KEY_PREFIX);
        properties.put("brobygge.redis.retry-interval", "PT0.5S");
        properties.put("BROBYGGE_SEARCH_URIS", TestOpenSearch.uri());
        Class<?>[] sources = new Class<?>[extraBeans.length + 2];
        sources[0] = Application.class;
        sources[1] = TestClockConfiguration.class;
        System.arraycopy(extraBeans, 0, sources, 2, extraBeans.length);
        // Vaadin installs its context's security strategy as the JVM-wide one: keep the shared test
        // context's, and let calls on this node use the node's own (see as(...))
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources)
                .profiles("test", "search-opensearch")
                .initializers(
                        c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource(name, properties)))
                .registerShutdownHook(true)
                .run();
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        ApplicationNode node = new ApplicationNode(name, context, proxy, reactor, redisProxy);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, name + "-stop"));
        return node;
    }

    /**
     * A job on every node, every second: once with ShedLock, as the application's jobs are, and once
     * without, to show what the lock prevents. Each run is written down as "node second".
     */
    public static class Ticks {

        public static final List<String> LOCKED = new CopyOnWriteArrayList<>();
        public static final List<String> UNLOCKED = new CopyOnWriteArrayList<>();

        private final String node;

        Ticks(Environment environment) {
            this.node = environment.getRequiredProperty("brobygge.node-name");
        }

        @Scheduled(cron = "* * * * * *")
        @SchedulerLock(name = "test.two-nodes-tick", lockAtLeastFor = "PT0.5S", lockAtMostFor = "PT5S")
        public void locked() {
            LOCKED.add(node + " " + Instant.now().getEpochSecond());
        }

        @Scheduled(cron = "* * * * * *")
        public void unlocked() {
            UNLOCKED.add(node + " " + Instant.now().getEpochSecond());
        }
    }

    /**
     * A statement that keeps the database busy for a while, as a nightly roll-up over a large year
     * may: once as long work, once as a request would run it.
     */
    public static class SlowWork {

        private final JdbcTemplate jdbc;

        SlowWork(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @LongWork
        @Transactional(readOnly = true)
        public int asLongWork(int seconds) {
            return sleep(seconds);
        }

        /** As the dashboard's figures: long work, with a wait of its own. */
        @LongWork(seconds = 7)
        @Transactional(readOnly = true)
        public int asLongWorkOfSevenSeconds(int seconds) {
            return sleep(seconds);
        }

        @Transactional(readOnly = true)
        public int asRequest(int seconds) {
            return sleep(seconds);
        }

        private int sleep(int seconds) {
            return jdbc.queryForObject("SELECT SLEEP(?)", Integer.class, seconds);
        }
    }

    public String name() {
        return name;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Calls this node's services as the account with the role, on the current thread. */
    public <T> T as(TestAccounts.Created account, String role, Callable<T> action) {
        var strategy = context.getBeanProvider(SecurityContextHolderStrategy.class)
                .getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        var previous = strategy.getContext();
        try {
            // the node's method security reads its own strategy; some services read the JVM-wide
            // holder themselves (RunAs): both carry the same account
            return RunAs.as(account, role, () -> {
                var authenticated = strategy.createEmptyContext();
                authenticated.setAuthentication(
                        SecurityContextHolder.getContext().getAuthentication());
                strategy.setContext(authenticated);
                return action.call();
            });
        } finally {
            strategy.setContext(previous);
        }
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    /** The TCP proxy between this node and MariaDB. */
    public TcpCrusher proxy() {
        if (proxy == null) {
            throw new IllegalStateException(name + " talks to the database directly");
        }
        return proxy;
    }

    /** The TCP proxy between this node and Redis. */
    public TcpCrusher redisProxy() {
        if (redisProxy == null) {
            throw new IllegalStateException(name + " talks to Redis directly");
        }
        return redisProxy;
    }

    @Override
    public synchronized void close() {
        if (context.isActive()) {
            context.close();
        }
        if (proxy != null && proxy.isOpen()) {
            proxy.close();
        }
        if (redisProxy != null && redisProxy.isOpen()) {
            redisProxy.close();
        }
        if (reactor != null) {
            reactor.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
