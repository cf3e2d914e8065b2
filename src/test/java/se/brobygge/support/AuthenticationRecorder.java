package se.brobygge.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Remembers successful interactive logins, so tests can see which authorities a login got. */
@Component
public class AuthenticationRecorder {

    private final List<Authentication> logins = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent event) {
        logins.add(event.getAuthentication());
    }

    public List<Authentication> logins() {
        return List.copyOf(logins);
    }
}
