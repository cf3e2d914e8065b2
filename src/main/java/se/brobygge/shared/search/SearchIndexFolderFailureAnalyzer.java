package se.brobygge.shared.search;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start on a search index folder held by another instance into a short, clear report. */
class SearchIndexFolderFailureAnalyzer
        extends AbstractFailureAnalyzer<SearchIndexFolder.SearchIndexFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SearchIndexFolder.SearchIndexFolderInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set BROBYGGE_SEARCH_INDEX_DIR to a folder of this instance's own, or unset it.",
                cause);
    }
}
