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
    @TestPropertySource(properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "brobygge.search.index-dir=target/search-index-outage"})
    public @interface Context {
    }

    private FileSearchIndex() {
    }

    /**
     * Makes this context's security strategy the JVM-wide one for a test, so that accounts signed
     * in through {@link RunAs} or Karibu reach this context's method security (each context's
     * Vaadin installs its own strategy JVM-wide when it starts, so the shared test context, started
     * later, would otherwise hold it). Returns the one to put back afterwards.
     */
    public static org.springframework.security.core.context.SecurityContextHolderStrategy useSecurityOf(
            org.springframework.context.ApplicationContext context) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        context.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
        return previous;
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
