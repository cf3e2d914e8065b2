package se.brobygge.identity.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * A fresh random nonce per response, in the Content-Security-Policy's script-src and on every
 * script of Vaadin's bootstrap page, so that the page runs its own inline scripts and no script an
 * attacker might inject into it (the policy has no 'unsafe-inline' for scripts; decision 0030).
 */
@Component
class ScriptNonce implements VaadinServiceInitListener {

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** This request's nonce, made on first use. */
    static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest() instanceof VaadinServletRequest request) {
                response.getDocument().getElementsByTag("script").attr("nonce", of(request.getHttpServletRequest()));
            }
        });
    }
}
