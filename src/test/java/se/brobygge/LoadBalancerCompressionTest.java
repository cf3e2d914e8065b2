package se.brobygge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Text leaves compressed whichever way it goes: the application compresses it, and the load
 * balancer passes that through and compresses only what came uncompressed (decision 0055).
 */
class LoadBalancerCompressionTest {

    @Test
    void theLoadBalancerCompressesTextAndLeavesTheNodesTheirAcceptEncoding() throws IOException {
        String config = Files.readString(Path.of("docker/haproxy/haproxy.cfg"));
        assertThat(config)
                .containsPattern("(?m)^\\s*compression algo gzip")
                .containsPattern("(?m)^\\s*compression type .*text/css")
                .containsPattern("(?m)^\\s*compression type .*application/javascript")
                .containsPattern("(?m)^\\s*compression type .*text/javascript")
                .containsPattern("(?m)^\\s*compression type .*application/manifest\\+json")
                .doesNotContainPattern("(?m)^\\s*compression offload");
    }

    @Test
    void theApplicationCompressesTheSameTextTypes() throws IOException {
        Properties properties = new Properties();
        properties.load(Files.newBufferedReader(Path.of("src/main/resources/application.properties")));
        assertThat(properties.getProperty("server.compression.enabled")).contains(":true}");
        assertThat(properties.getProperty("server.compression.mime-types"))
                .contains("text/css", "text/javascript", "application/javascript", "text/html", "application/json")
                .contains("image/svg+xml", "application/manifest+json");
    }
}
