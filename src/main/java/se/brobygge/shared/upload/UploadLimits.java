package se.brobygge.shared.upload;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The server's own limits on upload requests ({@code spring.servlet.multipart.max-file-size} and
 * {@code max-request-size}), below any limit of a single upload field.
 * <ul>
 * <li>An upload that declares a larger body is answered 413 before a byte of it is read.</li>
 * <li>Vaadin registers its servlet with an unlimited multipart configuration, so Tomcat would
 * write any multipart body to disk whole; the servlet gets the application's limits instead, and
 * Tomcat stops reading at them.</li>
 * </ul>
 * After a refusal Tomcat reads at most {@code server.tomcat.max-swallow-size} more and then closes
 * the connection.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Where Vaadin receives uploads (and serves downloads). */
    static final String UPLOAD_PATHS = "/VAADIN/dynamic/resource/*";

    @Bean
    static BeanPostProcessor vaadinServletUploadLimits(ObjectProvider<MultipartConfigElement> multipart) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    multipart.ifAvailable(registration::setMultipartConfig);
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OversizedUploads> oversizedUploads(MultipartConfigElement multipart) {
        FilterRegistrationBean<OversizedUploads> registration =
                new FilterRegistrationBean<>(new OversizedUploads(multipart.getMaxRequestSize()));
        registration.addUrlPatterns(UPLOAD_PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Answers 413 to a request whose declared body is over the limit, without reading it. */
    static final class OversizedUploads extends OncePerRequestFilter {

        private final long maxRequestBytes;

        OversizedUploads(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (maxRequestBytes >= 0 && request.getContentLengthLong() > maxRequestBytes) {
                response.setHeader("Connection", "close");
                response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
