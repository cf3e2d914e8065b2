package se.brobygge.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that does not follow redirects, for driving the real login filters
 * of the running application the way a browser would.
 */
public final class BrowserlessHttp {

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final String base;
    private final String forwardedFor;

    public BrowserlessHttp(int port) {
        this(port, (String) null);
    }

    /**
     * A browser behind a proxy that says it is at {@code clientAddress} (X-Forwarded-For), so limits
     * per client address can be tried without touching those of other tests.
     */
    public BrowserlessHttp(int port, String clientAddress) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = clientAddress;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * A client whose connections come from {@code from} (a loopback address such as 127.0.0.2), to
     * play a visitor connecting from an address other than the trusted proxy's.
     */
    public BrowserlessHttp(int port, InetAddress from) {
        this.base = "http://127.0.0.1:" + port;
        this.forwardedFor = null;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(from)
                .build();
    }

    /** A random address of the benchmarking range (RFC 2544), for {@link #BrowserlessHttp(int, String)}. */
    public static String newClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public String base() {
        return base;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(String urlOrPath) {
        return send(request(urlOrPath).GET().build());
    }

    /** A GET with extra request headers (such as forwarded headers). */
    public HttpResponse<String> get(String urlOrPath, Map<String, String> headers) {
        HttpRequest.Builder request = request(urlOrPath).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        return postForm(path, form, Map.of());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** The CSRF token a page of the application carries (its _csrf meta tag). */
    public static String csrfToken(String html) {
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        if (!csrf.find()) {
            throw new AssertionError("The page carries no CSRF token");
        }
        return csrf.group(1);
    }

    /**
     * Opens the login page and submits e-mail and password with the page's CSRF token.
     *
     * @return where the application sent the browser afterwards
     */
    public String login(String email, String password) {
        return login(email, password, Map.of());
    }

    /** {@link #login(String, String)} with extra headers on the form's submission. */
    public String login(String email, String password, Map<String, String> headers) {
        HttpResponse<String> response = postForm(
                "/login",
                Map.of(
                        "username",
                        email,
                        "password",
                        password,
                        "_csrf",
                        csrfToken(get("/login").body())),
                headers);
        return response.headers().firstValue("Location").orElse("");
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }

    private HttpRequest.Builder request(String urlOrPath) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(urlOrPath));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request;
    }

    private URI uri(String urlOrPath) {
        return URI.create(urlOrPath.startsWith("http") ? urlOrPath : base + urlOrPath);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
