package se.brobygge.bench;

import com.vaadin.flow.shared.JsonConstants;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The visitors of the outside session-cost benchmark, in a JVM of their own, so that nothing of
 * theirs is in the server's heap. Each session loads the page as a browser does (page, UI init,
 * navigation), asks a lazy list for the rows it would draw, then sends one empty round trip (Flow
 * keeps the last answer of each UI for a resend; after it that is the small one), and is kept: its
 * cookies, UI id and security key, so it can still talk to its UI.
 *
 * <p>Talks to the benchmark on standard input and output, one line each:
 * <ol>
 * <li>opens the warm-up sessions, prints {@code warm <n>}, waits for {@code go};</li>
 * <li>opens the measured sessions, prints {@code ready <n> <rows in the list or -1> <rows asked for>};</li>
 * <li>{@code ping}: the first, middle and last kept session each do a round trip, prints {@code alive <n>};</li>
 * <li>{@code quit}: ends the process (the sessions stay on the server until it ends them).</li>
 * </ol>
 * Anything that goes wrong is printed as {@code error <message>} and ends the process.
 *
 * <p>Arguments: base URL, route without its leading slash, warm-up sessions, measured sessions,
 * request timeout in seconds.
 */
final class BrowserSessions {

    /**
     * Cards a phone-sized or desktop window shows of the event list before scrolling; the list's
     * connector asks for these plus 20 more ({@code virtualListConnector.js}, extraItemsBuffer).
     */
    static final int CARDS_IN_VIEW = 10;

    static final int EXTRA_ROWS = 20;

    private BrowserSessions() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            URI base = URI.create(args[0]);
            String route = args[1];
            int warmup = Integer.parseInt(args[2]);
            int count = Integer.parseInt(args[3]);
            Duration timeout = Duration.ofSeconds(Long.parseLong(args[4]));
            HttpClient http = UidlClient.sharedHttpClient();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

            for (int i = 0; i < warmup; i++) {
                visit(http, base, route, timeout);
            }
            out.println("warm " + warmup);
            expect(in, "go");
            List<UidlClient.Session> kept = new ArrayList<>(count);
            Visit last = null;
            for (int i = 0; i < count; i++) {
                last = visit(http, base, route, timeout);
                kept.add(last.session());
            }
            out.println("ready " + kept.size() + " " + (last == null ? -1 : last.rows()) + " "
                    + (last == null ? 0 : last.asked()));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                switch (line.strip()) {
                    case "ping" -> {
                        List<UidlClient.Session> sample =
                                List.of(kept.getFirst(), kept.get(kept.size() / 2), kept.getLast());
                        for (UidlClient.Session session : sample) {
                            UidlClient.resume(http, base, Recorder.NONE, timeout, session)
                                    .noop();
                        }
                        out.println("alive " + sample.size());
                    }
                    case "quit" -> {
                        out.println("bye");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown command: " + line);
                }
            }
        } catch (Exception | AssertionError e) {
            out.println("error " + e.toString().replace('\n', ' '));
            System.exit(1);
        }
    }

    /** What one visit left: the handle kept, the rows the list has, the rows asked for. */
    private record Visit(UidlClient.Session session, int rows, int asked) {}

    private static Visit visit(HttpClient http, URI base, String route, Duration timeout) {
        UidlClient client = new UidlClient(http, base, Recorder.NONE, timeout);
        client.open(route);
        int rows = -1;
        int asked = 0;
        Optional<UiTree.Node> list = client.tree().find(n -> n.tag().equals("vaadin-virtual-list"));
        if (list.isPresent()) {
            rows = listSize(client.lastResponse(), list.get().id);
            if (rows > 0) {
                // as the list's connector does once the first cards are drawn: rows in view and 20 more
                int lastIndex = Math.min(CARDS_IN_VIEW - 1 + EXTRA_ROWS, rows);
                asked = lastIndex + 1;
                client.send("range", List.of(viewportRange(list.get().id, 0, asked)));
            }
        }
        client.noop();
        return new Visit(client.session(), rows, asked);
    }

    /** {@code list.$server.setViewportRange(first, count)}, as Flow's client sends a call to the server. */
    private static ObjectNode viewportRange(int node, int first, int count) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put(JsonConstants.RPC_TYPE, JsonConstants.RPC_PUBLISHED_SERVER_EVENT_HANDLER);
        rpc.put(JsonConstants.RPC_NODE, node);
        rpc.put(JsonConstants.RPC_TEMPLATE_EVENT_METHOD_NAME, "setViewportRange");
        rpc.putArray(JsonConstants.RPC_TEMPLATE_EVENT_ARGS).add(first).add(count);
        rpc.put(JsonConstants.RPC_TEMPLATE_EVENT_PROMISE, 0);
        return rpc;
    }

    /** The size the server gave the list ({@code $connector.updateSize(n)}), or -1. */
    private static int listSize(JsonNode uidl, int node) {
        int size = -1;
        for (JsonNode invocation : uidl.path("execute")) {
            if (!invocation.isArray() || invocation.isEmpty()) {
                continue;
            }
            String script = invocation.get(invocation.size() - 1).asString("");
            if (!script.contains("$connector.updateSize(")) {
                continue;
            }
            boolean thisList = false;
            Integer value = null;
            for (int i = 0; i < invocation.size() - 1; i++) {
                JsonNode argument = invocation.get(i);
                if (argument.isObject() && argument.has("@v-node")) {
                    thisList = argument.get("@v-node").asInt() == node;
                } else if (argument.isIntegralNumber() && value == null) {
                    value = argument.intValue();
                }
            }
            if (thisList && value != null) {
                size = value;
            }
        }
        return size;
    }

    private static void expect(BufferedReader in, String command) throws Exception {
        String line = in.readLine();
        if (line == null || !line.strip().equals(command)) {
            throw new IllegalStateException("expected '" + command + "', got " + line);
        }
    }
}
