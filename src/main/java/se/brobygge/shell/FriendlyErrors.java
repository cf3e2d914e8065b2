package se.brobygge.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * An error nobody caught while handling a click or another browser event: the person reads a short
 * message in their language (the database is away and nothing was saved; not allowed; or something
 * went wrong), the server log gets the details, and the browser never a stack trace, exception or
 * SQL text.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener, ErrorHandler {

    static final String UNAVAILABLE = "error.unavailable.text";
    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (DatabaseUnavailable.causes(error)) {
            log.warn("Database unavailable during a request: {}", error.toString());
            message = UNAVAILABLE;
        } else if (denied(error)) {
            log.info(
                    "A page asked for something its user may not do ({})",
                    error.getClass().getSimpleName());
            message = "error.denied";
        } else {
            log.error("Unexpected error while handling a page event", error);
            message = "error.unexpected";
        }
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
        if (ui != null) {
            Notification notification =
                    new Notification(ui.getTranslation(message), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setAssertive(true);
            notification.open();
        }
    }

    private static boolean denied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return true;
            }
        }
        return false;
    }
}
