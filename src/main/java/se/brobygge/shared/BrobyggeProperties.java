package se.brobygge.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
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

    /**
     * @param primaryColor the municipality's colour ({@code #rrggbb}) for buttons, links and the
     *                     installed app's title bar; refused at start unless white text on it and
     *                     it as text on white reach WCAG AA (4.5:1), decision 0055
     * @param logo         the municipality's logo for the installed app's icon and the pages' icon:
     *                     a {@code classpath:} or {@code file:} location of an SVG or PNG (a PNG at
     *                     least 192 px square)
     */
    public record Municipality(
            @DefaultValue("Brohamns kommun") String name,
            @DefaultValue("Europe/Stockholm") ZoneId zone,
            @DefaultValue List<String> areas,
            @DefaultValue("tillganglighet@example.org") String accessibilityContact,
            @DefaultValue(DEFAULT_PRIMARY_COLOR) String primaryColor,
            @DefaultValue(DEFAULT_LOGO) String logo) {

        /** Lumo's own primary colour: the default theme is Lumo's. */
        public static final String DEFAULT_PRIMARY_COLOR = "#006af5";

        public static final String DEFAULT_LOGO = "classpath:/META-INF/resources/icons/brobygge.svg";

        public Municipality {
            ThemeColour colour;
            try {
                colour = ThemeColour.parse(primaryColor);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("brobygge.municipality.primary-color: " + e.getMessage(), e);
            }
            double contrast = colour.contrastWith(ThemeColour.WHITE);
            if (contrast < ThemeColour.AA_TEXT) {
                throw new IllegalArgumentException(String.format(
                        Locale.ROOT,
                        "brobygge.municipality.primary-color %s has a contrast of %.2f:1 with white; at least"
                                + " 4.5:1 is needed so that white text on it and links in it can be read (WCAG"
                                + " 2.1 AA). Choose a darker shade, e.g. %s.",
                        colour.hex(),
                        contrast,
                        colour.readableOn(ThemeColour.WHITE, ThemeColour.AA_TEXT)
                                .hex()));
            }
            if (!logo.toLowerCase(Locale.ROOT).matches(".*\\.(svg|png)$")) {
                throw new IllegalArgumentException("brobygge.municipality.logo must be an .svg or .png file: " + logo);
            }
        }

        public ThemeColour primary() {
            return ThemeColour.parse(primaryColor);
        }
    }

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
