package se.brobygge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.TestPropertySource;

/**
 * The search index on disk, as in production, in a folder the test can break: tests annotated with
 * {@link Context} share one application context whose Lucene indexes live under {@link #ROOT}.
 * {@link #breakIndex} puts a file where an index's folder was, so Lucene can neither write nor
 * reopen it (chmod would not stop root, which the tests may run as); {@link #mend} removes it.
 */
public final class FileSearchIndex {

    public static final Path ROOT = Path.of("target", "search-index-outage").toAbsolutePath();

    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @org.junit.jupiter.api.extension.ExtendWith(FileSearchIndex.OwnSecurity.class)
    @TestPropertySource(properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "brobygge.search.index-dir=target/search-index-outage"})
    public @interface Context {
    }

    private FileSearchIndex() {
    }

    /**
     * Each context's Vaadin installs its own security strategy JVM-wide when it starts, and each
     * context's method security reads the one it was started with. While a test of this context
     * runs, its strategy is the JVM-wide one (so accounts signed in through {@link RunAs} or Karibu
     * reach its services); afterwards the one from before the class, the shared test context's, is
     * put back, so the tests that come later still reach theirs.
     */
    public static final class OwnSecurity implements org.junit.jupiter.api.extension.BeforeAllCallback,
            org.junit.jupiter.api.extension.BeforeEachCallback, org.junit.jupiter.api.extension.AfterEachCallback,
            org.junit.jupiter.api.extension.AfterAllCallback {

        private static final org.junit.jupiter.api.extension.ExtensionContext.Namespace HERE =
                org.junit.jupiter.api.extension.ExtensionContext.Namespace.create(OwnSecurity.class);

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            // before the class's application context is loaded (it loads with the first test instance)
            context.getStore(HERE).put("before",
                    org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy());
        }

        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            org.springframework.test.context.junit.jupiter.SpringExtension.getApplicationContext(context)
                    .getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                    .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
        }

        @Override
        public void afterEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            restore(context);
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            restore(context);
        }

        private static void restore(org.junit.jupiter.api.extension.ExtensionContext context) {
            var before = context.getStore(HERE).get("before",
                    org.springframework.security.core.context.SecurityContextHolderStrategy.class);
            if (before == null) {
                before = context.getParent().map(parent -> parent.getStore(HERE).get("before",
                        org.springframework.security.core.context.SecurityContextHolderStrategy.class)).orElse(null);
            }
            if (before != null) {
                org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(before);
            }
        }
    }

    /** Replaces the index's folder (e.g. "events") by a file. */
    public static void breakIndex(String index) {
        Path folder = ROOT.resolve(index);
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.writeString(folder, "not an index");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes the file away again; the index rebuilds itself in the folder. */
    public static void mend(String index) {
        try {
            Path path = ROOT.resolve(index);
            if (Files.isRegularFile(path)) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
