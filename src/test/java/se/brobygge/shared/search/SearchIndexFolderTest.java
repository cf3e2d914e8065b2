package se.brobygge.shared.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each node gets an index folder of its own; a folder another node holds stops the start. */
class SearchIndexFolderTest {

    @TempDir
    Path tmp;

    @Test
    void twoNodesWithTheDefaultGetTwoFoldersAndARestartReusesTheFirst() throws Exception {
        Path parent = tmp.resolve("brobygge-search");
        try (SearchIndexFolder a = new SearchIndexFolder(null, parent);
                SearchIndexFolder b = new SearchIndexFolder(null, parent)) {
            assertThat(root(a)).isEqualTo(parent.resolve("node-0").toString());
            assertThat(root(b)).isEqualTo(parent.resolve("node-1").toString());
        }
        try (SearchIndexFolder restarted = new SearchIndexFolder(null, parent)) {
            assertThat(root(restarted)).isEqualTo(parent.resolve("node-0").toString());
        }
    }

    @Test
    void aConfiguredFolderInUseFailsTheStartWithAClearMessage() throws Exception {
        Path shared = tmp.resolve("index");
        try (SearchIndexFolder first = new SearchIndexFolder(shared, tmp);
                SearchIndexFolder second = new SearchIndexFolder(shared, tmp)) {
            assertThat(root(first)).isEqualTo(shared.toString());
            assertThatThrownBy(() -> root(second))
                    .isInstanceOf(SearchIndexFolder.SearchIndexFolderInUseException.class)
                    .hasMessageContaining(
                            "The search index folder " + shared + " is in use by another Brobygge instance")
                    .hasMessageContaining("(process " + ProcessHandle.current().pid() + ")")
                    .hasMessageContaining("BROBYGGE_SEARCH_INDEX_DIR");
        }
    }

    @Test
    void anIndexInMemoryOrOnOpenSearchNeedsNoFolder() throws Exception {
        try (SearchIndexFolder folder = new SearchIndexFolder(tmp.resolve("unused"), tmp)) {
            Map<String, Object> properties = new HashMap<>(Map.of(SearchIndexFolder.DIRECTORY_TYPE, "local-heap"));
            folder.customize(properties);
            assertThat(properties).doesNotContainKey(SearchIndexFolder.DIRECTORY_ROOT);
            // the search-opensearch profile over application.properties, which names a Lucene folder
            properties = new HashMap<>(Map.of(
                    SearchIndexFolder.DIRECTORY_TYPE,
                    "local-filesystem",
                    SearchIndexFolder.BACKEND_TYPE,
                    "elasticsearch"));
            folder.customize(properties);
            assertThat(properties).doesNotContainKey(SearchIndexFolder.DIRECTORY_ROOT);
            assertThat(tmp.resolve("unused")).doesNotExist();
        }
    }

    private static String root(SearchIndexFolder folder) {
        Map<String, Object> properties = new HashMap<>(Map.of(SearchIndexFolder.DIRECTORY_TYPE, "local-filesystem"));
        folder.customize(properties);
        return String.valueOf(properties.get(SearchIndexFolder.DIRECTORY_ROOT));
    }
}
