package se.brobygge.identity.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * An address that is neither a page of Brobygge nor answered by a controller, e.g. a mistyped
 * link. Anybody may open it and gets the translated "page not found" (404); without this, Vaadin's
 * rule for unknown addresses (deny) sent visitors who had not signed in to the login page and
 * signed-in people to a bare error. Real pages keep their own rules, and a controller added later
 * stays denied until someone permits it.
 */
@Component
class UnknownPages implements RequestMatcher {

    private final RequestUtil vaadin;
    private final HandlerMapping controllers;

    UnknownPages(RequestUtil vaadin, @Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) {
        this.vaadin = vaadin;
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        // a route, public or not ("secured" here means any route's path), keeps Vaadin's rules; so do
        // Vaadin's own requests
        return !vaadin.isFrameworkInternalRequest(request)
                && !vaadin.isSecuredFlowRoute(request)
                && !answeredByController(request);
    }

    private boolean answeredByController(HttpServletRequest request) {
        try {
            return controllers.getHandler(new OwnAttributes(request)) != null;
        } catch (Exception partlyMatched) {
            // e.g. a controller's path with another method: it is a controller's, not an unknown page
            return true;
        }
    }

    /** Asking the controllers leaves its notes (matched pattern, parsed path) off the real request. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
            removed.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
