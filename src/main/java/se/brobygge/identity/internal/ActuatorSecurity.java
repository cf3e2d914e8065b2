package se.brobygge.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import se.brobygge.shared.BrobyggeProperties;

/**
 * The actuator endpoints for operators' tools. Health (with the liveness and readiness groups) is
 * open to the load balancer and Kubernetes without login and shows only UP or DOWN. Everything
 * else (Prometheus metrics) asks for HTTP Basic with the scrape account from
 * {@code brobygge.metrics.username/password}; without a password nobody can read them.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(2)
    SecurityFilterChain actuatorFilterChain(
            HttpSecurity http,
            PasswordEncoder encoder,
            BrobyggeProperties properties,
            Environment environment,
            @Value("${brobygge.metrics.username:prometheus}") String username,
            @Value("${brobygge.metrics.password:}") String password)
            throws Exception {
        InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            scrapers.createUser(User.withUsername(username)
                    .password(encoder.encode(password))
                    .roles(METRICS_ROLE)
                    .build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
        provider.setPasswordEncoder(encoder);
        // 401 with the challenge, written directly: an error dispatch would meet the site's login redirect
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Brobygge metrics\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
        SecurityConfiguration.securityHeaders(http, properties, environment);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to("health"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(METRICS_ROLE))
                .authenticationManager(new ProviderManager(provider))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
