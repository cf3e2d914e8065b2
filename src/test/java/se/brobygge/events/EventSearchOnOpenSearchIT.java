package se.brobygge.events;

import se.brobygge.support.TestOpenSearch;

/**
 * The event search tests, inflections included, on the index shared by several nodes: OpenSearch
 * with the analysers of {@code OpenSearchAnalysis} (decision 0036).
 */
@TestOpenSearch.Context
class EventSearchOnOpenSearchIT extends EventSearchIT {}
