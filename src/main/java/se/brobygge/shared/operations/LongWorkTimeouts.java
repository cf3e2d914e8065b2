package se.brobygge.shared.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives {@link LongWork} its longer database timeout. The pool's connections carry the requests'
 * short socket timeout (fail fast, docs/decisions/0027); while long work runs on a thread, every
 * connection that thread borrows, and the one its transaction already holds, waits
 * {@code brobygge.database.long-work-timeout} instead. The pool puts the short timeout back when
 * the connection is returned, so no request ever gets a connection with the long one.
 */
@Configuration(proxyBeanMethods = false)
public class LongWorkTimeouts {

    private static final Logger log = LoggerFactory.getLogger(LongWorkTimeouts.class);
    private static final ThreadLocal<Duration> ACTIVE = new ThreadLocal<>();
    private static final Executor DIRECT = Runnable::run;

    /** Runs {@code work} as long work on this thread (for code that is not a Spring bean method). */
    public static <T> T during(Duration timeout, Callable<T> work) throws Exception {
        try {
            return around(timeout, work::call);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private interface Work<T extends @Nullable Object> {
        T run() throws Throwable;
    }

    private static <T extends @Nullable Object> T around(Duration timeout, Work<T> work) throws Throwable {
        Duration outer = ACTIVE.get();
        ACTIVE.set(timeout);
        try {
            lengthenBoundConnections(timeout);
            return work.run();
        } finally {
            if (outer == null) {
                ACTIVE.remove();
            } else {
                ACTIVE.set(outer);
            }
        }
    }

    /** Marks this thread as running long work until {@link #leave()}: for pools of worker threads. */
    public static void enter(Duration timeout) {
        ACTIVE.set(timeout);
    }

    public static void leave() {
        ACTIVE.remove();
    }

    /** A transaction that began before the long work holds its connection already: lengthen it too. */
    private static void lengthenBoundConnections(Duration timeout) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        for (Object resource :
                TransactionSynchronizationManager.getResourceMap().values()) {
            if (resource instanceof ConnectionHolder holder) {
                try {
                    lengthen(holder.getConnection(), timeout);
                } catch (IllegalStateException noConnectionYet) {
                    // borrowed later, through the data source, with the long timeout
                }
            }
        }
    }

    static void lengthen(Connection connection, Duration timeout) {
        try {
            connection.setNetworkTimeout(DIRECT, Math.toIntExact(timeout.toMillis()));
        } catch (SQLException | UnsupportedOperationException e) {
            log.warn("Could not give long work its database timeout; it keeps the short one: {}", e.toString());
        }
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor longWorkAdvisor(@Value("${brobygge.database.long-work-timeout:PT10M}") Duration timeout) {
        MethodInterceptor interceptor = invocation -> {
            LongWork marked = AnnotatedElementUtils.findMergedAnnotation(invocation.getMethod(), LongWork.class);
            if (marked == null && invocation.getThis() != null) {
                marked = AnnotatedElementUtils.findMergedAnnotation(
                        AopUtils.getTargetClass(invocation.getThis()), LongWork.class);
            }
            Duration wait = marked == null || marked.seconds() == 0 ? timeout : Duration.ofSeconds(marked.seconds());
            return around(wait, invocation::proceed);
        };
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(LongWork.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(LongWork.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, interceptor);
        // outside the transaction, so the transaction's connection is borrowed with the long timeout
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Wraps the application's data source so that borrowing honours the thread's long work. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static BeanPostProcessor longWorkDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource source && !(bean instanceof LongWorkDataSource)) {
                    return new LongWorkDataSource(source);
                }
                return bean;
            }
        };
    }

    /** The application's data source, lengthening the connections that long work borrows. */
    static final class LongWorkDataSource extends DelegatingDataSource {

        LongWorkDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return forThread(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return forThread(super.getConnection(username, password));
        }

        private static Connection forThread(Connection connection) {
            Duration timeout = ACTIVE.get();
            if (timeout != null) {
                lengthen(connection, timeout);
            }
            return connection;
        }
    }
}
