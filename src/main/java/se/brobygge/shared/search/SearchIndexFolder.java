package se.brobygge.shared.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives this node a Lucene index folder of its own, held with an operating-system file lock for as
 * long as the node runs. Lucene's own write lock would otherwise let a second instance on the same
 * host start on the same folder and fail every later save; here the second start stops at once
 * with a clear message.
 * <p>
 * With {@code BROBYGGE_SEARCH_INDEX_DIR} set, that folder is used and must be free. Without it, the
 * node takes the first free {@code node-N} folder under {@code java.io.tmpdir/brobygge-search}, so a
 * restarted node reuses its folder and two instances on one host never meet. The index is rebuilt
 * from the database at every start, so the folder holds nothing that is not also in the database.
 */
@Component
public class SearchIndexFolder implements HibernatePropertiesCustomizer, AutoCloseable {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String DIRECTORY_TYPE = "hibernate.search.backend.directory.type";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";
    static final String LOCK_FILE = "brobygge-node.lock";
    private static final int DEFAULT_SLOTS = 64;
    private static final Logger log = LoggerFactory.getLogger(SearchIndexFolder.class);

    private final @Nullable Path configured;
    private final Path defaultParent;
    private @Nullable Held held;

    private record Held(Path folder, FileChannel channel, FileLock lock) {}

    @Autowired
    SearchIndexFolder(@Value("${brobygge.search.index-dir:}") String configured) {
        this(
                configured.isBlank() ? null : Path.of(configured),
                Path.of(System.getProperty("java.io.tmpdir"), "brobygge-search"));
    }

    SearchIndexFolder(@Nullable Path configured, Path defaultParent) {
        this.configured = configured;
        this.defaultParent = defaultParent;
    }

    @Override
    public void customize(Map<String, Object> properties) {
        if (!"local-filesystem".equals(String.valueOf(properties.get(DIRECTORY_TYPE)))
                || "elasticsearch".equals(String.valueOf(properties.get(BACKEND_TYPE)))) {
            return; // in memory (tests) or OpenSearch: no folder to guard
        }
        properties.put(DIRECTORY_ROOT, acquire().toString());
    }

    /** Takes this node's folder (once), or fails when the configured one is held by another instance. */
    public synchronized Path acquire() {
        if (held != null) {
            return held.folder();
        }
        if (configured != null) {
            Held taken = tryLock(configured);
            if (taken == null) {
                throw new SearchIndexFolderInUseException(configured, holder(configured));
            }
            held = taken;
        } else {
            for (int slot = 0; slot < DEFAULT_SLOTS && held == null; slot++) {
                held = tryLock(defaultParent.resolve("node-" + slot));
            }
            if (held == null) {
                throw new SearchIndexFolderInUseException(defaultParent, "");
            }
        }
        log.info("Search index folder of this node: {}", held.folder());
        return held.folder();
    }

    private static @Nullable Held tryLock(Path folder) {
        try {
            Files.createDirectories(folder);
            FileChannel channel = FileChannel.open(
                    folder.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another node in this same JVM (tests)
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    String.valueOf(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new Held(folder, channel, lock);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use the search index folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String holder(Path folder) {
        try {
            return Files.readString(folder.resolve(LOCK_FILE), StandardCharsets.US_ASCII)
                    .strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (held != null) {
            held.lock().release();
            held.channel().close();
            held = null;
        }
    }

    /** A second instance pointed at a folder another one holds. */
    public static final class SearchIndexFolderInUseException extends IllegalStateException {

        SearchIndexFolderInUseException(Path folder, String pid) {
            super("The search index folder " + folder + " is in use by another Brobygge instance"
                    + (pid.isEmpty() ? "" : " (process " + pid + ")")
                    + ". Give every instance on this host its own folder (BROBYGGE_SEARCH_INDEX_DIR), or leave it"
                    + " unset to get a free one; several nodes share one index only through OpenSearch"
                    + " (docs/operations.md).");
        }
    }
}
