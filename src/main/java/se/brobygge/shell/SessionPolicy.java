package se.brobygge.shell;

import java.time.Duration;
import org.springframework.stereotype.Component;
import se.brobygge.shared.BrobyggeProperties;

/** How long a page may stay idle and how early the user is warned (from brobygge.session.*). */
@Component
class SessionPolicy {

    private volatile Duration idleTimeout;
    private volatile Duration warningBefore;

    SessionPolicy(BrobyggeProperties properties) {
        this.idleTimeout = properties.session().idleTimeout();
        this.warningBefore = properties.session().warningBefore();
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    Duration warningBefore() {
        return warningBefore;
    }

    /** Browser tests shorten the limits for pages opened afterwards, without a second application. */
    void change(Duration idleTimeout, Duration warningBefore) {
        this.idleTimeout = idleTimeout;
        this.warningBefore = warningBefore;
    }
}
