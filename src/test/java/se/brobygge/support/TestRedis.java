package se.brobygge.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/**
 * The Redis that the shared rate limit tests use: this machine's (127.0.0.1:6379), or
 * {@code BROBYGGE_TEST_REDIS_URL}. A newcomer without Redis still gets a green build, those tests
 * skipped with a word why; CI ({@code CI=true}) starts Redis and never skips them.
 */
public final class TestRedis {

    public static final String URL = System.getenv().getOrDefault("BROBYGGE_TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private TestRedis() {}

    /** Skips the calling test class locally when nothing answers at {@link #URL}; fails in CI. */
    public static void assumeRunning() {
        if (reachable()) {
            return;
        }
        String missing = "No Redis at " + URL + " (start one with redis-server, or set BROBYGGE_TEST_REDIS_URL)";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(missing + ": CI runs the shared rate limit tests");
        }
        Assumptions.abort(missing + ": the shared rate limit tests are skipped");
    }

    static boolean reachable() {
        URI uri = URI.create(URL);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
