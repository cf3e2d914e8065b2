package se.brobygge.bench;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The server's own view of what the load client created: Vaadin sessions and UIs (Vaadin's
 * listeners) and HTTP sessions (the servlet container's). Also remembers live HTTP sessions, so a
 * benchmark can end the sessions it created instead of leaving them to the next one's heap.
 * Spring Boot registers the servlet listener, Vaadin's Spring integration the service listener.
 */
@TestConfiguration(proxyBeanMethods = false)
class SessionCounters implements VaadinServiceInitListener, HttpSessionListener {

    /** Counts at one moment; subtract two to see what happened in between. */
    record Snapshot(
            long vaadinSessionsCreated,
            long vaadinSessionsDestroyed,
            long uisCreated,
            long httpSessionsCreated,
            long httpSessionsDestroyed) {

        Snapshot minus(Snapshot earlier) {
            return new Snapshot(
                    vaadinSessionsCreated - earlier.vaadinSessionsCreated,
                    vaadinSessionsDestroyed - earlier.vaadinSessionsDestroyed,
                    uisCreated - earlier.uisCreated,
                    httpSessionsCreated - earlier.httpSessionsCreated,
                    httpSessionsDestroyed - earlier.httpSessionsDestroyed);
        }
    }

    private final AtomicLong vaadinCreated = new AtomicLong();
    private final AtomicLong vaadinDestroyed = new AtomicLong();
    private final AtomicLong uis = new AtomicLong();
    private final AtomicLong httpCreated = new AtomicLong();
    private final AtomicLong httpDestroyed = new AtomicLong();
    private final Set<HttpSession> live = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> vaadinCreated.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> vaadinDestroyed.incrementAndGet());
        event.getSource().addUIInitListener(e -> uis.incrementAndGet());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        httpCreated.incrementAndGet();
        live.add(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        httpDestroyed.incrementAndGet();
        live.remove(event.getSession());
    }

    Snapshot snapshot() {
        return new Snapshot(
                vaadinCreated.get(), vaadinDestroyed.get(), uis.get(), httpCreated.get(), httpDestroyed.get());
    }

    long liveHttpSessions() {
        return live.size();
    }

    /** Ends every HTTP session still open (and with it its Vaadin session and UIs). */
    int invalidateAll() {
        int ended = 0;
        for (HttpSession session : Set.copyOf(live)) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                live.remove(session);
            }
        }
        return ended;
    }
}
