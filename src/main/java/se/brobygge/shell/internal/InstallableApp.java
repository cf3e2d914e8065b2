package se.brobygge.shell.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.ThemeColour;

/**
 * Every page's head links the web app manifest, the icon and the script that installs the
 * service worker, and says the municipality's colour to the browser (its title bar) and to Lumo:
 * the colour's custom properties go on {@code <html>}, where they win over Lumo's defaults
 * (decision 0055). With the default colour, Lumo's own palette stays as it is.
 */
@Component
class InstallableApp implements VaadinServiceInitListener {

    /** Light tints of the colour behind primary text (a selected menu item) are this opaque. */
    static final double TINT = 0.1;

    private final BrobyggeProperties.Municipality municipality;

    InstallableApp(BrobyggeProperties properties) {
        this.municipality = properties.municipality();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> addTo(response.getDocument()));
    }

    void addTo(Document document) {
        Element head = document.head();
        ThemeColour primary = municipality.primary();
        head.appendElement("link").attr("rel", "manifest").attr("href", "manifest.webmanifest");
        head.appendElement("meta").attr("name", "theme-color").attr("content", primary.hex());
        String icon = hasOwnLogo(municipality) ? logoPath(municipality) : "icons/brobygge.svg";
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("href", icon)
                .attr("type", icon.endsWith(".svg") ? "image/svg+xml" : "image/png");
        head.appendElement("link")
                .attr("rel", "apple-touch-icon")
                .attr("href", hasOwnLogo(municipality) ? logoPath(municipality) : "icons/icon-192.png");
        Element script = head.appendElement("script").attr("src", "pwa.js").attr("defer", true);
        // the policy's nonce goes on every script of the page; when that listener ran before this
        // one, the script takes the nonce the page's other scripts already carry
        Element stamped = document.selectFirst("script[nonce]");
        if (stamped != null) {
            script.attr("nonce", stamped.attr("nonce"));
        }
        if (!primary.equals(ThemeColour.parse(BrobyggeProperties.Municipality.DEFAULT_PRIMARY_COLOR))) {
            document.child(0).attr("style", themeProperties(primary));
        }
    }

    /**
     * Lumo's primary colour and its derivatives. The configured colour reaches 4.5:1 against white
     * (checked at start); as text on its own light tint it may fall short, so the text colour is the
     * lightest darker shade of it that does not.
     */
    static String themeProperties(ThemeColour primary) {
        ThemeColour text = primary.readableOn(primary.overWhite(TINT), ThemeColour.AA_TEXT);
        return String.join(
                " ",
                "--lumo-primary-color: " + primary.hex() + ";",
                "--lumo-primary-color-50pct: " + primary.rgba(0.5) + ";",
                "--lumo-primary-color-10pct: " + primary.rgba(TINT) + ";",
                "--lumo-primary-text-color: " + text.hex() + ";",
                "--lumo-primary-contrast-color: #ffffff;");
    }

    static String appName(BrobyggeProperties.Municipality municipality) {
        return "Brobygge – " + municipality.name();
    }

    static boolean hasOwnLogo(BrobyggeProperties.Municipality municipality) {
        return !BrobyggeProperties.Municipality.DEFAULT_LOGO.equals(municipality.logo());
    }

    /** Where the configured logo is served (InstallableAppController), relative to the app's root. */
    static String logoPath(BrobyggeProperties.Municipality municipality) {
        return "icons/municipality-logo"
                + (municipality.logo().toLowerCase(Locale.ROOT).endsWith(".svg") ? ".svg" : ".png");
    }
}
