package se.brobygge.bench;

import jakarta.servlet.Filter;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * SQL statement counting for the query-count benchmark only: the application's DataSource wrapped
 * with datasource-proxy, and a servlet filter that marks the threads serving requests.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementCounting {

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource(ObjectProvider<StatementCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name(beanName)
                            .listener(counter.getObject())
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<Filter> statementCountingRequests() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            StatementCounter.enterRequest();
            try {
                chain.doFilter(request, response);
            } finally {
                StatementCounter.leaveRequest();
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
