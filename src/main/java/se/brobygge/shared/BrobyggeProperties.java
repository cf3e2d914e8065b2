package se.brobygge.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
        @DefaultValue Session session) {

    public record Municipality(
            @DefaultValue("Brohamns kommun") String name,
            @DefaultValue("Europe/Stockholm") ZoneId zone,
            @DefaultValue List<String> areas,
            @DefaultValue("tillganglighet@example.org") String accessibilityContact) {
    }

    public record Mail(
            @DefaultValue("Brobygge <brobygge@example.org>") String from,
            @DefaultValue("PT5S") Duration pollInterval,
            @DefaultValue("PT30S") Duration retryInitial,
            @DefaultValue("PT30M") Duration retryMax,
            @DefaultValue("50") int maxAttempts) {
    }

    public record Security(
            @DefaultValue Oidc oidc,
            @DefaultValue("5") int loginAttemptsPerMinute) {
    }

    /**
     * @param roleClaim   the claim in the ID token (or user info) that lists the user's groups
     * @param roleMapping claim value (a group) to Brobygge role, e.g. {@code brobygge-staff=STAFF}
     */
    public record Oidc(
            @DefaultValue("groups") String roleClaim,
            @DefaultValue Map<String, String> roleMapping,
            @Nullable String displayName) {
    }

    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * @param idleTimeout   after this long without any action the page signs the user out
     * @param warningBefore how long before that the user is warned and can stay signed in
     */
    public record Session(
            @DefaultValue("PT30M") Duration idleTimeout,
            @DefaultValue("PT2M") Duration warningBefore) {
    }
}
