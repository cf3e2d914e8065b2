package se.brobygge.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The first HTML of an address that is no page answers 404, as {@link NotFoundView} says: Vaadin
 * sends that HTML before the router has run, with 200, which tells search engines and link
 * checkers that a mistyped address exists.
 */
@Component
class NotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            String path = path(response.getVaadinRequest());
            if (event.getSource()
                    .getRouter()
                    .getRegistry()
                    .getNavigationTarget(path)
                    .isEmpty()) {
                response.getVaadinResponse().setStatus(404);
            }
        });
    }

    private static String path(VaadinRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return "";
        }
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
