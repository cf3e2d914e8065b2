package se.brobygge.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.ThemeColour;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes Brobygge installable on a phone's home screen and what it shows without a connection:
 * the web app manifest (name, colour and icon of this municipality), the municipality's logo, and
 * one small offline page per language, which the service worker ({@code sw.js}) keeps and shows
 * when a page cannot be reached (decision 0055).
 */
@RestController
class InstallableAppController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    private final BrobyggeProperties.Municipality municipality;
    private final TranslationProvider translations;
    private final ResourceLoader resources;
    private final JsonMapper json = JsonMapper.builder().build();

    InstallableAppController(
            BrobyggeProperties properties, TranslationProvider translations, ResourceLoader resources) {
        this.municipality = properties.municipality();
        this.translations = translations;
        this.resources = resources;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<String> manifest() {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", "./");
        manifest.put("name", InstallableApp.appName(municipality));
        manifest.put("short_name", "Brobygge");
        manifest.put("description", "Mötesplatser, föreningar, mentorer och dialog i " + municipality.name());
        manifest.put("lang", Language.DEFAULT.code());
        manifest.put("dir", "auto");
        manifest.put("start_url", "./");
        manifest.put("scope", "./");
        manifest.put("display", "standalone");
        manifest.put("theme_color", municipality.primary().hex());
        manifest.put("background_color", ThemeColour.WHITE.hex());
        manifest.put("icons", icons());
        return ResponseEntity.ok()
                .contentType(MANIFEST)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(json.writeValueAsString(manifest));
    }

    private List<Map<String, String>> icons() {
        List<Map<String, String>> icons = new ArrayList<>();
        if (InstallableApp.hasOwnLogo(municipality)) {
            icons.add(Map.of(
                    "src", InstallableApp.logoPath(municipality),
                    "sizes", isSvg() ? "any" : pngSize().orElse("192x192"),
                    "type", isSvg() ? "image/svg+xml" : "image/png"));
        } else {
            icons.add(Map.of("src", "icons/icon-192.png", "sizes", "192x192", "type", "image/png"));
            icons.add(Map.of("src", "icons/icon-512.png", "sizes", "512x512", "type", "image/png"));
            icons.add(Map.of("src", "icons/brobygge.svg", "sizes", "any", "type", "image/svg+xml"));
        }
        return icons;
    }

    /** The configured logo, from where the operator put it (classpath: or file:). */
    @GetMapping({"/icons/municipality-logo.svg", "/icons/municipality-logo.png"})
    ResponseEntity<Resource> logo() {
        Resource logo = resources.getResource(municipality.logo());
        if (!InstallableApp.hasOwnLogo(municipality) || !logo.exists()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(isSvg() ? MediaType.parseMediaType("image/svg+xml") : MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(logo);
    }

    /**
     * The page the service worker shows when a page cannot be reached: no script, no stylesheet
     * and no image to fetch, since nothing else is there without a connection.
     */
    @GetMapping("/offline/{code}")
    ResponseEntity<String> offlinePage(@PathVariable String code) {
        return Language.byCode(code)
                .map(language -> ResponseEntity.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noCache())
                        .body(offlineHtml(language)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    String offlineHtml(Language language) {
        ThemeColour primary = municipality.primary();
        String title = text("offline.title", language);
        return """
                <!DOCTYPE html>
                <html lang="%s" dir="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="theme-color" content="%s">
                <title>%s – Brobygge</title>
                <style>
                body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic","Noto Sans Ethiopic",sans-serif;color:#1a1a1a;background:#fff;line-height:1.5}
                header{background:%s;color:#fff;padding:.75rem 1rem;font-weight:600}
                main{padding:1.5rem 1rem;max-width:36rem;margin:0 auto}
                h1{font-size:1.5rem;margin:0 0 .75rem}
                a{display:inline-block;margin-top:1rem;padding:.75rem 1.25rem;border-radius:.5rem;background:%s;color:#fff;text-decoration:none;font-weight:600}
                a:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}
                </style>
                </head>
                <body>
                <header>Brobygge · <bdi>%s</bdi></header>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <a href="">%s</a>
                </main>
                </body>
                </html>
                """.formatted(
                        language.code(),
                        language.rightToLeft() ? "rtl" : "ltr",
                        primary.hex(),
                        HtmlUtils.htmlEscape(title),
                        primary.hex(),
                        primary.hex(),
                        HtmlUtils.htmlEscape(municipality.name()),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(text("offline.message", language)),
                        HtmlUtils.htmlEscape(text("offline.retry", language)));
    }

    private String text(String key, Language language) {
        return translations.getTranslation(key, language.locale());
    }

    private boolean isSvg() {
        return municipality.logo().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** A PNG's own width and height (its header), so the manifest says truly what size it is. */
    private Optional<String> pngSize() {
        try (InputStream in = resources.getResource(municipality.logo()).getInputStream()) {
            byte[] header = in.readNBytes(24);
            if (header.length < 24) {
                return Optional.empty();
            }
            int width = ((header[16] & 0xff) << 24)
                    | ((header[17] & 0xff) << 16)
                    | ((header[18] & 0xff) << 8)
                    | (header[19] & 0xff);
            int height = ((header[20] & 0xff) << 24)
                    | ((header[21] & 0xff) << 16)
                    | ((header[22] & 0xff) << 8)
                    | (header[23] & 0xff);
            return Optional.of(width + "x" + height);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
