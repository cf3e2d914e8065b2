package se.brobygge.shared.ratelimit;

import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The network address of the browser behind the current request (after a trusted proxy's
 * forwarded headers, see server.forward-headers-strategy), for limits on actions without an
 * account, such as registering. Empty outside a web request.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static Optional<String> current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }
}
