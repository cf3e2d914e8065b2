package se.brobygge.identity.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.brobygge.identity.ui.LoginView;
import se.brobygge.shared.BrobyggeProperties;

/**
 * Web security: Vaadin's configurer for the views, form login for local accounts, OIDC login when
 * a client registration is configured, and the security headers. Method security is on: every
 * service checks access itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    /** No page of Brobygge needs the camera, microphone, position, sensors or payments. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
            + "publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=()";

    /**
     * Scripts only from this origin and the bootstrap page's own inline scripts, which carry this
     * response's nonce ({@link ScriptNonce}); 'unsafe-eval' stays because Vaadin's client runs the
     * server's JavaScript expressions (executeJs, event data) as constructed functions. Styles
     * stay inline-capable for the web components' style attributes. Map tiles (meeting places) add
     * their configured host to img-src. Decision 0030 says what remains and why.
     */
    static String contentSecurityPolicy(BrobyggeProperties properties, String nonce) {
        String tiles =
                properties.places().tileOrigin().map(origin -> " " + origin).orElse("");
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + tiles + "; font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> clients,
            OidcAccountUserService oidcUsers,
            Environment environment,
            BrobyggeProperties properties,
            RequestUtil vaadinRequests,
            SessionEpochs sessionEpochs,
            UnknownPages unknownPages)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/styles/**",
                        "/images/**",
                        // installable app and offline page (decision 0055): the browser fetches the
                        // manifest without cookies, and the service worker keeps the offline pages
                        "/manifest.webmanifest",
                        "/sw.js",
                        "/pwa.js",
                        "/icons/**",
                        "/offline/*",
                        "/ics/**",
                        "/feeds/**",
                        "/error")
                .permitAll()
                .requestMatchers(unknownPages)
                .permitAll());
        securityHeaders(http, properties, environment);
        http.addFilterAfter(new ReturnAfterSignIn(), AnonymousAuthenticationFilter.class);
        // every sign-in marks its session with the account's session epoch (AccountSessions)
        http.sessionManagement(
                s -> s.sessionFixation(f -> f.changeSessionId()).addSessionAuthenticationStrategy(sessionEpochs));
        // Vaadin's own CSRF setup also exempts the login page, so POST /login would accept a form from
        // any site (login CSRF). Only Vaadin's internal requests, which carry Vaadin's own token, are
        // exempt here; the login form sends the token from the page's _csrf meta tags.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .addObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(loginPageExpired());
                        return filter;
                    }
                }));
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN_PATH)
                    .failureUrl(LOGIN_PATH + "?error")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * The same security headers on every response, pages, files and actuator alike. Vaadin
     * commits some responses outside the wrapped response, so headers are written up front.
     */
    static void securityHeaders(HttpSecurity http, BrobyggeProperties properties, Environment environment)
            throws Exception {
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.addHeaderWriter((request, response) -> response.setHeader(
                            "Content-Security-Policy", contentSecurityPolicy(properties, ScriptNonce.of(request))))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(f -> f.deny())
                    .contentTypeOptions(c -> {})
                    .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                    .httpStrictTransportSecurity(hsts -> {
                        if (environment.acceptsProfiles(Profiles.of("local"))) {
                            hsts.disable();
                        } else {
                            hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000);
                        }
                    });
        });
    }

    /**
     * A login form without a valid token is refused. When it comes from the login page itself (its
     * session ended while the page was open), the person gets the page anew with a short message
     * instead of an error page; any other form post without a token gets 403.
     */
    private static AccessDeniedHandler loginPageExpired() {
        RequestMatcher loginForm = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH);
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (loginForm.matches(request)) {
                response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?expired");
            } else {
                forbidden.handle(request, response, denied);
            }
        };
    }

    /**
     * Requests and sign-ins are observed (metrics, traces); each service call's authorization is
     * not: the services check their callers on every call, and an observation for each check cost
     * a fifth of an event search's time while telling an operator nothing the request does not.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable later without resetting anyone's password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
