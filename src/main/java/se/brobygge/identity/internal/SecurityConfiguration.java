package se.brobygge.identity.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

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
        String tiles = properties.places().tileOrigin().map(origin -> " " + origin).orElse("");
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + tiles + "; font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
            OidcAccountUserService oidcUsers, Environment environment, BrobyggeProperties properties) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/ics/**",
                        "/feeds/**", "/error").permitAll());
        securityHeaders(http, properties, environment);
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage(LOGIN_PATH)
                    .failureUrl(LOGIN_PATH + "?error")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"));
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
            headers.addHeaderWriter((request, response) -> response.setHeader("Content-Security-Policy",
                    contentSecurityPolicy(properties, ScriptNonce.of(request))))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(f -> f.deny())
                    .contentTypeOptions(c -> { })
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

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable later without resetting anyone's password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
