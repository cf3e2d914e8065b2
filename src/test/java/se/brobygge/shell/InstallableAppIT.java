package se.brobygge.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP, as a phone's browser asks: the production bundle's styles and scripts come
 * compressed, the manifest names this municipality, and anyone (signed in or not) gets the
 * manifest, the service worker and the offline pages (decision 0055).
 */
@IntegrationTest
class InstallableAppIT {

    @LocalServerPort
    int port;

    @Autowired
    BrobyggeProperties properties;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theMainStylesAndScriptsOfTheProductionBundleGoOutCompressed() throws Exception {
        Document start = Jsoup.parse(text(get("/", "identity")));
        Matcher script = Pattern.compile("VAADIN/build/indexhtml-[^\"'?]+\\.js").matcher(start.html());
        assertThat(script.find())
                .as("the start page loads the production bundle's main script")
                .isTrue();

        for (String file : new String[] {"/lumo/lumo.css", "/" + script.group(), "/styles/brobygge.css"}) {
            HttpResponse<byte[]> plain = get(file, "identity");
            HttpResponse<byte[]> gzipped = get(file, "gzip");
            assertThat(plain.statusCode()).as(file).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(file).isEmpty();
            assertThat(gzipped.headers().firstValue("Content-Encoding"))
                    .as("Content-Encoding of %s", file)
                    .contains("gzip");
            assertThat(gunzip(gzipped.body()))
                    .as("%s unpacks to the file", file)
                    .isEqualTo(plain.body());
            if (plain.body().length > 10_000) {
                assertThat(gzipped.body().length)
                        .as("%s: %d bytes, compressed", file, plain.body().length)
                        .isLessThan(plain.body().length / 3);
            }
        }
        // lumo.css, measured going out at 234 KB before, is a fraction of that now
        assertThat(get("/lumo/lumo.css", "gzip").body().length).isLessThan(60_000);
    }

    @Test
    void browsersThatTakeBrotliGetVaadinsPrecompressedScripts() throws Exception {
        Matcher script = Pattern.compile("VAADIN/build/indexhtml-[^\"'?]+\\.js").matcher(text(get("/", "identity")));
        assertThat(script.find()).isTrue();
        HttpResponse<byte[]> brotli = get("/" + script.group(), "br, gzip");
        assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(brotli.body().length)
                .isLessThan(get("/" + script.group(), "identity").body().length / 3);
    }

    @Test
    void theManifestNamesTheMunicipalityAndCarriesItsColourAndIcons() throws Exception {
        HttpResponse<byte[]> response = get("/manifest.webmanifest", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/manifest+json"));
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        JsonNode manifest = JsonMapper.builder().build().readTree(gunzip(response.body()));
        assertThat(manifest.get("name").asString())
                .isEqualTo("Brobygge – " + properties.municipality().name());
        assertThat(manifest.get("short_name").asString()).isEqualTo("Brobygge");
        assertThat(manifest.get("theme_color").asString())
                .isEqualTo(properties.municipality().primaryColor());
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("start_url").asString()).isEqualTo("./");
        for (JsonNode icon : manifest.get("icons")) {
            HttpResponse<byte[]> image = get("/" + icon.get("src").asString(), "identity");
            assertThat(image.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type"))
                    .as(icon.toString())
                    .hasValueSatisfying(
                            type -> assertThat(type).startsWith(icon.get("type").asString()));
        }
        assertThat(manifest.get("icons").toString()).contains("512x512");
    }

    @Test
    void everyPageLinksTheManifestAndTheServiceWorkerAndAnyoneMayFetchThem() throws Exception {
        Document start = Jsoup.parse(text(get("/events", "identity")));
        assertThat(start.head().selectFirst("link[rel=manifest]").attr("href")).isEqualTo("manifest.webmanifest");
        assertThat(start.head().selectFirst("script[src=pwa.js]")).isNotNull();
        assertThat(start.head().selectFirst("meta[name=theme-color]").attr("content"))
                .isEqualTo(properties.municipality().primaryColor());

        for (String file : new String[] {"/sw.js", "/pwa.js"}) {
            HttpResponse<byte[]> script = get(file, "identity");
            assertThat(script.statusCode()).as(file).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type"))
                    .as(file)
                    .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        }
        HttpResponse<byte[]> offline = get("/offline/ar", "identity");
        assertThat(offline.statusCode()).isEqualTo(200);
        Document arabic = Jsoup.parse(text(offline));
        assertThat(arabic.child(0).attr("dir")).isEqualTo("rtl");
        assertThat(arabic.selectFirst("h1").text()).isEqualTo("لا يوجد اتصال");
        assertThat(offline.headers().firstValue("Content-Security-Policy"))
                .as("the offline page runs under the same policy as every page")
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self' 'nonce-"));
        assertThat(get("/offline/xx", "identity").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Encoding", acceptEncoding)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
