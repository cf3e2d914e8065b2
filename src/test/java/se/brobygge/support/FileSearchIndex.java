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
import org.junit.jupiter.api.extension.ExtendWith;
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
    @ExtendWith(OwnContextSecurity.class)
    @TestPropertySource(
            properties = {
                "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                "brobygge.search.index-dir=target/search-index-outage"
            })
    public @interface Context {}

    private FileSearchIndex() {}

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
