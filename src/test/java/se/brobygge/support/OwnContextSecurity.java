package se.brobygge.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a test class with an application context of its own (its own search index folder, its own
 * schema). Each context's Vaadin installs its own security strategy JVM-wide when it starts, and each
 * context's method security reads the one it was started with. While a test of this context
 * runs, its strategy is the JVM-wide one (so accounts signed in through {@link RunAs} or Karibu
 * reach its services); afterwards the one from before the class, the shared test context's, is
 * put back, so the tests that come later still reach theirs.
 */
public final class OwnContextSecurity
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(OwnContextSecurity.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        // before the class's application context is loaded (it loads with the first test instance)
        context.getStore(HERE).put("before", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
        restore(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        restore(context);
    }

    private static void restore(ExtensionContext context) {
        var before = context.getStore(HERE).get("before", SecurityContextHolderStrategy.class);
        if (before == null) {
            before = context.getParent()
                    .map(parent -> parent.getStore(HERE).get("before", SecurityContextHolderStrategy.class))
                    .orElse(null);
        }
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
