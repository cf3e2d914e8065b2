package se.brobygge.bench;

import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.shared.JsonConstants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One virtual user: a browser without a browser. It speaks Flow's client-server protocol over
 * plain HTTP the way Flow's own client does (captured from Chromium against this application):
 * <ol>
 * <li>GET the page (the bootstrap HTML, which starts the HTTP session and carries the form CSRF token),</li>
 * <li>GET {@code ?v-r=init&location=…} with the browser details: a new UI, its security key, syncId and clientId,</li>
 * <li>POST {@code ?v-r=uidl&v-uiId=…} messages carrying RPCs: the {@code ui-navigate} event on the UI
 * node renders the route; DOM events ({@code click}) go to node ids read from the responses.</li>
 * </ol>
 * Every response's {@code changes} update a {@link UiTree}; every request is timed into a
 * {@link Recorder}. Not thread-safe: one instance per virtual user.
 */
final class UidlClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Flow once prefixed UIDL with this against JSON hijacking; accepted when present. */
    private static final String GUARD = "for(;;);";

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    /** What a session-cost run keeps of a client: enough to talk to its UI again, a few hundred bytes. */
    record Session(CookieJar cookies, int uiId, String securityKey, int syncId, int clientId) {}

    private final HttpClient http;
    private final URI base;
    private final Recorder recorder;
    private final Duration timeout;
    private final CookieJar cookies;
    private final String windowName = "v-" + ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    private final Map<String, JsonNode> constants = new LinkedHashMap<>();
    private UiTree tree = new UiTree();
    private int uiId = -1;
    private String securityKey;
    private int syncId = -1;
    private int clientId;
    private String formCsrfToken;
    private String pageTitle = "";
    private JsonNode lastResponse;

    UidlClient(HttpClient http, URI base, Recorder recorder, Duration timeout) {
        this(http, base, recorder, timeout, new CookieJar());
    }

    private UidlClient(HttpClient http, URI base, Recorder recorder, Duration timeout, CookieJar cookies) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
        this.timeout = timeout;
        this.cookies = cookies;
    }

    /** A client that continues talking to the UI of a kept session (its tree starts empty). */
    static UidlClient resume(HttpClient http, URI base, Recorder recorder, Duration timeout, Session session) {
        UidlClient client =
                new UidlClient(http, base, recorder, timeout, session.cookies().copy());
        client.uiId = session.uiId();
        client.securityKey = session.securityKey();
        client.syncId = session.syncId();
        client.clientId = session.clientId();
        return client;
    }

    /** An HTTP client for many virtual users: HTTP/1.1 as browsers use here, redirects left to the caller. */
    static HttpClient sharedHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    Session session() {
        return new Session(cookies.copy(), uiId, securityKey, syncId, clientId);
    }

    UiTree tree() {
        return tree;
    }

    /** The last UIDL message received (for checks on what the server sent, e.g. grid rows). */
    JsonNode lastResponse() {
        return lastResponse;
    }

    Map<String, JsonNode> constants() {
        return constants;
    }

    CookieJar cookies() {
        return cookies;
    }

    /**
     * Opens a route the way a browser loads a page: bootstrap page, UI init, navigation.
     *
     * @param route without leading slash, e.g. {@code ""} or {@code "profile"}
     * @return nanoseconds from the first request to the rendered view
     */
    long open(String route) {
        long start = System.nanoTime();
        HttpResponse<String> page = exchange("page", get("/" + route));
        expectStatus(page, 200, "page /" + route);
        Matcher csrf = CSRF_META.matcher(page.body());
        formCsrfToken = csrf.find() ? csrf.group(1) : null;
        Matcher title = TITLE.matcher(page.body());
        pageTitle = title.find() ? title.group(1) : "";

        HttpResponse<String> init = exchange(
                "init",
                get("/?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "=" + ApplicationConstants.REQUEST_TYPE_INIT
                        + "&location=" + encode(route) + "&query=" + browserDetails()));
        expectStatus(init, 200, "init of /" + route);
        if (!init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new AppException("init of /" + route + " did not answer JSON: " + UiTree.abbreviate(init.body()));
        }
        JsonNode appConfig = parse(init.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        if (!appConfig.path(ApplicationConstants.UI_ID_PARAMETER).isInt() || !uidl.isObject()) {
            throw new ProtocolException("init answer without v-uiId or uidl: " + UiTree.abbreviate(init.body()));
        }
        uiId = appConfig.get(ApplicationConstants.UI_ID_PARAMETER).intValue();
        tree = new UiTree();
        constants.clear();
        syncId = -1;
        accept(uidl);
        if (securityKey == null) {
            throw new ProtocolException("init answer without " + ApplicationConstants.UIDL_SECURITY_TOKEN_ID);
        }

        ObjectNode data = JsonNodeFactory.instance.objectNode();
        int question = route.indexOf('?');
        data.put("route", "/" + (question < 0 ? route : route.substring(0, question)));
        data.put("query", question < 0 ? "" : route.substring(question + 1));
        data.put("appShellTitle", pageTitle);
        data.set("historyState", JsonNodeFactory.instance.objectNode().put("idx", 0));
        data.put("trigger", "");
        send("navigate", List.of(event(UiTree.ROOT, "ui-navigate", data)));
        return System.nanoTime() - start;
    }

    /** Clicks an element: a DOM click event with the event data the server asked for in its listener. */
    void click(UiTree.Node node) {
        send("click", List.of(event(node.id, "click", eventData(node, "click"))));
    }

    /** A round trip that asks nothing of the application: the floor of what any interaction costs. */
    void noop() {
        send("noop", List.of());
    }

    /**
     * Submits the login form (e-mail, password and the page's CSRF token), as the browser does
     * with the login view's native form.
     *
     * @return where the application redirects the browser
     */
    String login(String email, String password) {
        if (formCsrfToken == null) {
            throw new ProtocolException("No CSRF token on the last page; open a page before logging in");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", email);
        form.put("password", password);
        form.put("_csrf", formCsrfToken);
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = exchange(
                "login",
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        expectStatus(response, 302, "login");
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new AppException("login refused for " + email + ": redirected to " + location);
        }
        return location;
    }

    /** Sends one UIDL message with these RPC invocations and applies the answer. */
    JsonNode send(String kind, List<JsonNode> rpcs) {
        if (uiId < 0) {
            throw new ProtocolException("No UI yet: open a route first");
        }
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put(ApplicationConstants.CSRF_TOKEN, securityKey);
        ArrayNode rpc = message.putArray(ApplicationConstants.RPC_INVOCATIONS);
        rpcs.forEach(rpc::add);
        message.put(ApplicationConstants.SERVER_SYNC_ID, syncId);
        message.put(ApplicationConstants.CLIENT_TO_SERVER_ID, clientId);
        HttpResponse<String> response = exchange(
                kind,
                request("/?" + ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
                                + ApplicationConstants.REQUEST_TYPE_UIDL + "&" + ApplicationConstants.UI_ID_PARAMETER
                                + "=" + uiId)
                        .header("Content-Type", JsonConstants.JSON_CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofString(message.toString()))
                        .build());
        expectStatus(response, 200, kind);
        JsonNode uidl = parse(response.body());
        if (uidl.isArray() && uidl.size() == 1) {
            uidl = uidl.get(0);
        }
        if (!uidl.isObject()) {
            throw new ProtocolException(kind + ": UIDL answer is not an object: " + UiTree.abbreviate(response.body()));
        }
        accept(uidl);
        return uidl;
    }

    static ObjectNode event(int node, String event, JsonNode data) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_TYPE_EVENT);
        rpc.put(JsonConstants.RPC_NODE, node);
        rpc.put(JsonConstants.RPC_EVENT_TYPE, event);
        rpc.set(JsonConstants.RPC_EVENT_DATA, data);
        return rpc;
    }

    /**
     * The event data a browser would send for a programmatic event on this node: one entry per
     * expression the server registered (modifier keys up, coordinates 0), filters passed.
     */
    ObjectNode eventData(UiTree.Node node, String event) {
        String constant = node.listeners().get(event);
        if (constant == null) {
            throw new AppException(node + " has no '" + event + "' listener: "
                    + node.listeners().keySet());
        }
        JsonNode expressions = constants.get(constant);
        if (expressions == null || !expressions.isObject()) {
            throw new ProtocolException("No event data constant " + constant + " for " + event + " on " + node);
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> expression : expressions.properties()) {
            String key = expression.getKey();
            if (key.startsWith(JsonConstants.SYNCHRONIZE_PROPERTY_TOKEN)
                    || key.startsWith(JsonConstants.MAP_STATE_NODE_EVENT_DATA)) {
                continue; // property synchronisation and state-node references: not part of a click
            }
            if (!expression.getValue().isBoolean() || expression.getValue().asBoolean()) {
                data.put(key, true); // a filter (possibly debounced): it passed
            } else if (key.endsWith("Key")) {
                data.put(key, false);
            } else if (key.startsWith("event.")) {
                data.put(key, 0);
            } else {
                data.putNull(key);
            }
        }
        return data;
    }

    private void accept(JsonNode uidl) {
        lastResponse = uidl;
        JsonNode meta = uidl.path("meta");
        if (meta.path(JsonConstants.META_SESSION_EXPIRED).asBoolean(false)) {
            throw new AppException("session expired");
        }
        if (meta.has("appError")) {
            throw new AppException("application error: " + UiTree.abbreviate(meta.get("appError")));
        }
        JsonNode key = uidl.get(ApplicationConstants.UIDL_SECURITY_TOKEN_ID);
        if (key != null && key.isString()) {
            securityKey = key.stringValue();
        }
        JsonNode sync = uidl.get(ApplicationConstants.SERVER_SYNC_ID);
        JsonNode client = uidl.get(ApplicationConstants.CLIENT_TO_SERVER_ID);
        if (sync == null || !sync.isInt() || client == null || !client.isInt()) {
            throw new ProtocolException("UIDL without syncId/clientId: " + UiTree.abbreviate(uidl));
        }
        syncId = sync.intValue();
        clientId = client.intValue();
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null && newConstants.isObject()) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        tree.apply(uidl.get("changes"));
    }

    private HttpRequest get(String pathAndQuery) {
        return request(pathAndQuery).GET().build();
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.header());
        }
        return builder;
    }

    private HttpResponse<String> exchange(String kind, HttpRequest request) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            cookies.update(response);
            ok = response.statusCode() < 400;
            return response;
        } catch (HttpTimeoutException e) {
            throw new AppException(kind + ": no answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new AppException(kind + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AppException(kind + ": interrupted", e);
        } finally {
            recorder.record(kind, System.nanoTime() - start, ok);
        }
    }

    private static void expectStatus(HttpResponse<String> response, int expected, String what) {
        if (response.statusCode() != expected) {
            throw new AppException(what + ": HTTP " + response.statusCode() + " (expected " + expected + ") "
                    + UiTree.abbreviate(response.body()));
        }
    }

    private static JsonNode parse(String body) {
        String json = body.startsWith(GUARD) ? body.substring(GUARD.length()) : body;
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new ProtocolException("Unparseable answer: " + UiTree.abbreviate(body), e);
        }
    }

    /** What Flow's client reports about the browser on init: a desktop window in UTC. */
    private String browserDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("v-sh", 1080);
        details.put("v-sw", 1920);
        details.put("v-wh", 960);
        details.put("v-ww", 1600);
        details.put("v-bh", 960);
        details.put("v-bw", 1600);
        details.put("v-curdate", System.currentTimeMillis());
        details.put("v-tzo", 0);
        details.put("v-dstd", 0);
        details.put("v-rtzo", 0);
        details.put("v-dston", false);
        details.put("v-tzid", "UTC");
        details.put("v-wn", windowName);
        details.put("v-td", false);
        details.put("v-pr", 1);
        details.put("v-np", "Linux x86_64");
        details.put("v-cs", "light");
        details.put("v-pv", "VISIBLE");
        details.put("v-fs", "NOT_FULLSCREEN");
        details.put("v-so", "landscape-primary");
        details.put("v-soa", 0);
        details.put("v-tn", "lumo");
        details.put("v-ws", false);
        return details.entrySet().stream()
                .map(e -> "&" + e.getKey() + "=" + encode(String.valueOf(e.getValue())))
                .collect(Collectors.joining());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
