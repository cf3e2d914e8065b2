package se.brobygge.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import se.brobygge.shared.ReturnPath;

/**
 * The sign-in page opened as {@code /login?next=/events/12} remembers that page: after signing in
 * with a password or with the identity provider, the success handler sends the person to the
 * saved request, the way it does for a page that asked them to sign in. Only same-site paths are
 * kept ({@link ReturnPath}); anything else leaves the usual start page.
 */
public final class ReturnAfterSignIn extends OncePerRequestFilter {

    /** The session attribute {@link HttpSessionRequestCache} reads the saved request from. */
    static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    private final RequestMatcher loginPage =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, SecurityConfiguration.LOGIN_PATH);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (loginPage.matches(request) && !signedIn()) {
            ReturnPath.parse(request.getParameter(ReturnPath.PARAMETER))
                    .ifPresent(path -> remember(request.getSession()::setAttribute, request.getContextPath(), path));
        }
        chain.doFilter(request, response);
    }

    /**
     * Keeps the page to go to after the next successful sign-in; also used by the sign-in page when
     * it is reached by navigating inside the application, which sends no new page request.
     */
    public static void remember(BiConsumer<String, Object> session, String contextPath, String path) {
        ReturnPath.parse(path)
                .ifPresent(safe -> session.accept(SAVED_REQUEST, new SimpleSavedRequest(contextPath + safe)));
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
