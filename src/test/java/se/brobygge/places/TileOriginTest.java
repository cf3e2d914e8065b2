package se.brobygge.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.brobygge.shared.BrobyggeProperties;

/** The map's tile host goes into the Content-Security-Policy; tiles from this server add nothing. */
class TileOriginTest {

    @Test
    void theOriginOfATileTemplate() {
        assertThat(new BrobyggeProperties.Places("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "").tileOrigin())
                .hasValue("https://tile.openstreetmap.org");
        assertThat(new BrobyggeProperties.Places("https://{s}.tiles.example:8443/{z}/{x}/{y}.png", "").tileOrigin())
                .hasValue("https://*.tiles.example:8443");
        assertThat(new BrobyggeProperties.Places("/images/test-tile.png", "").tileOrigin())
                .isEmpty();
    }
}
