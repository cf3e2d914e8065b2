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

    /**
     * Vaadin's bootstrap uses inline scripts and styles; everything else comes from this origin,
     * except map tiles (meeting places), whose configured host is added to img-src.
     */
    static String contentSecurityPolicy(BrobyggeProperties properties) {
        String tiles = properties.places().tileOrigin().map(origin -> " " + origin).orElse("");
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + tiles + "; font-src 'self' data:; "
                + "connect-src 'self' ws: wss:; "
                + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
            OidcAccountUserService oidcUsers, Environment environment, BrobyggeProperties properties) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**", "/ics/**",
                        "/feeds/**", "/error").permitAll());
        http.headers(headers -> {
            // Vaadin commits some responses outside the wrapped response: write headers up front
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(f -> f.deny())
                    .contentTypeOptions(c -> { })
                    .httpStrictTransportSecurity(hsts -> {
                        if (environment.acceptsProfiles(Profiles.of("local"))) {
                            hsts.disable();
                        } else {
                            hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000);
                        }
                    });
        });
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

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable later without resetting anyone's password
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
