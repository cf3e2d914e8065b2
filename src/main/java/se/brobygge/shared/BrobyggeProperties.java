package se.brobygge.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of this Brobygge installation, from {@code brobygge.*} properties and environment
 * variables.
 */
@ConfigurationProperties("brobygge")
public record BrobyggeProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue Municipality municipality,
        @DefaultValue Mail mail,
        @DefaultValue Security security,
        @DefaultValue Demo demo,
        @DefaultValue Session session,
        @DefaultValue Places places) {

    public record Municipality(
            @DefaultValue("Brohamns kommun") String name,
            @DefaultValue("Europe/Stockholm") ZoneId zone,
            @DefaultValue List<String> areas,
            @DefaultValue("tillganglighet@example.org") String accessibilityContact) {}

    public record Mail(
            @DefaultValue("Brobygge <brobygge@example.org>") String from,
            @DefaultValue("PT5S") Duration pollInterval,
            @DefaultValue("PT30S") Duration retryInitial,
            @DefaultValue("PT30M") Duration retryMax,
            @DefaultValue("50") int maxAttempts) {}

    public record Security(@DefaultValue Oidc oidc) {}

    /**
     * @param roleClaim   the claim in the ID token (or user info) that lists the user's groups
     * @param roleMapping claim value (a group) to Brobygge role, e.g. {@code brobygge-staff=STAFF}
     */
    public record Oidc(
            @DefaultValue("groups") String roleClaim,
            @DefaultValue Map<String, String> roleMapping,
            @Nullable String displayName) {}

    public record Demo(@DefaultValue("false") boolean enabled) {}

    /**
     * @param idleTimeout   after this long without any action the page signs the user out
     * @param warningBefore how long before that the user is warned and can stay signed in
     */
    public record Session(
            @DefaultValue("PT30M") Duration idleTimeout,
            @DefaultValue("PT2M") Duration warningBefore) {}

    /**
     * @param tileUrl     map tiles, a Leaflet URL template; its host is added to the page's
     *                    Content-Security-Policy (img-src)
     * @param attribution the tile provider's required credit, shown on the map (HTML from this
     *                    configuration only)
     */
    public record Places(
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            String tileUrl,

            @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")
            String attribution) {

        /** The origin of the tile server ({s} subdomains as *), or empty when tiles come from this server. */
        public Optional<String> tileOrigin() {
            Matcher m = Pattern.compile("^(https?://[^/?#]+)").matcher(tileUrl);
            return m.find() ? Optional.of(m.group(1).replace("{s}", "*")) : Optional.empty();
        }
    }
}
