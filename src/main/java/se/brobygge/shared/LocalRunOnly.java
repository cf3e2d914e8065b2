package se.brobygge.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * A bean of the local run only: demo people with a public password, their data and one-click
 * sign-in. Three locks, so that a production build can never have it, whatever profile or flag an
 * operator sets:
 * <ul>
 * <li>the {@code local} profile and {@code brobygge.demo.enabled=true} (the local run's settings,
 * which live in the test resources);</li>
 * <li>Vaadin in development mode, set explicitly ({@code vaadin.productionMode=false}), as only the
 * local run does: the production jar has no development server, so it cannot start that way;</li>
 * <li>the local run's launcher {@code se.brobygge.LocalApplication} on the class path: it lives in
 * the test sources, which no jar contains.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(LocalRunOnly.LocalRunCondition.class)
public @interface LocalRunOnly {

    /** The launcher of the local run, in the test sources. */
    String LAUNCHER = "se.brobygge.LocalApplication";

    final class LocalRunCondition implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return environment.acceptsProfiles(Profiles.of("local"))
                    && environment.getProperty("brobygge.demo.enabled", Boolean.class, false)
                    && "false".equalsIgnoreCase(environment.getProperty("vaadin.productionMode", ""))
                    && ClassUtils.isPresent(LAUNCHER, context.getClassLoader());
        }
    }
}
