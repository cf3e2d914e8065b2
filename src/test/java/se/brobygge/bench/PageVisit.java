package se.brobygge.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Opens one page the way a browser does (bootstrap page, UI init, navigation) and tells what it
 * shows, for tests outside the benchmarks that need a page rendered without a browser.
 */
public final class PageVisit {

    /** The page's main headings, and how long it took from the first request to the rendered view. */
    public record Shown(List<String> headings, Duration took) {}

    private PageVisit() {}

    /** @param route without leading slash, e.g. {@code "events"} */
    public static Shown open(URI base, String route, Duration timeout) {
        UidlClient client = new UidlClient(UidlClient.sharedHttpClient(), base, Recorder.NONE, timeout);
        long took = client.open(route);
        UiTree tree = client.tree();
        List<String> headings =
                tree.shown().filter(n -> n.tag().equals("h1")).map(tree::text).toList();
        return new Shown(headings, Duration.ofNanos(took));
    }
}
